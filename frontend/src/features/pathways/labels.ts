// Dutch labels (B1) for the stable API codes of the care pathways. The only place these words live.
import type {
  Actor,
  AdviceArea,
  AssessmentStatus,
  OwnerRole,
  PlanStatus,
  GuidanceKind,
  IntegrationLevel,
  PathwayAudience,
  PathwayVariant,
  TreatmentPhase,
} from './types';

/** In the order of the treatment process. */
export const PHASE_LABELS: Record<TreatmentPhase, string> = {
  AANMELDING: 'Aanmelding',
  WACHTLIJST: 'Wachtlijst',
  INTAKE: 'Intake',
  INDICATIEADVIES_BEHANDELPLAN: 'Indicatieadvies en behandelplan',
  AMBULANT_KORT_SERIEEL: 'Kortdurend ambulant, na de therapie (serieel)',
  AMBULANT_KORT_PARALLEL: 'Kortdurend ambulant, naast de behandeling (parallel)',
  CASEMANAGEMENT: 'Casemanagement',
  NAZORG: 'Nazorg',
  KLINISCH_DETOX: 'Kliniek: detox en begin van de opname',
  KLINISCH_VERBLIJF: 'Kliniek: tijdens het verblijf',
  KLINISCH_LAATSTE_FASE: 'Kliniek: laatste fase voor ontslag',
};

export const VARIANT_LABELS: Record<PathwayVariant, string> = {
  GENERAL: 'Cliënten (algemeen)',
  NAASTEN: 'Naasten en familie',
  LVB: 'Cliënten met een licht verstandelijke beperking',
  DOCTORS: 'Artsen met een verslaving (ABS-artsen)',
  HOME_CONTEXT: 'Begeleiding in de thuissituatie',
};

export const LEVEL_LABELS: Record<IntegrationLevel, string> = {
  VOORLICHTING: 'Voorlichting',
  VERWIJZING: 'Verwijzing',
  INTEGRATIE: 'Integratie',
};

/** What an institution working at a level does: the levels add up. */
export const LEVEL_HINTS: Record<IntegrationLevel, string> = {
  VOORLICHTING: 'Alleen voorlichting',
  VERWIJZING: 'Voorlichting en verwijzing',
  INTEGRATIE: 'Voorlichting, verwijzing en integratie',
};

export const ACTOR_LABELS: Record<Actor, string> = {
  HULPVERLENER: 'Hulpverlener',
  ERVARINGSDESKUNDIGE: 'Ervaringsdeskundige',
  MAKELAAR: 'Makelaar (contactpersoon van de instelling)',
  AANDACHTSFUNCTIONARIS: 'Aandachtsfunctionaris',
  MAATSCHAPPELIJK_WERKER: 'Maatschappelijk werker',
  CASEMANAGER: 'Casemanager',
};

export const GUIDANCE_LABELS: Record<GuidanceKind, string> = {
  TIP: 'Tip',
  MI_TIP: 'Gesprekstip (motiverende gespreksvoering)',
  BARRIER: 'Drempel',
  CRITERION: 'Voor wie',
  CAUTION: 'Let op',
  RISK_SIGNAL: 'Risicosignaal',
  DECISION_POINT: 'Beslispunt',
};

export const AUDIENCE_LABELS: Record<PathwayAudience, string> = {
  CLIENT: 'Voor cliënten',
  FAMILY: 'Voor naasten',
};

/** Readable titles of the source documents, by the number the file name starts with. */
export const SOURCE_TITLES: Record<string, string> = {
  '000': 'KNMG, module ‘Verslaving onder artsen’',
  '001': 'Bijblijven 2017, ‘Verslaving en artsen’',
  '002': 'Handleiding ‘Onbenutte mogelijkheden’ (Resultaten Scoren, 2004)',
  '003': 'De Borg, behandelmodule Middelengebruik (2025)',
  '004': 'VAD, middelengebruik in de thuiscontext (2023)',
};

export function sourceTitle(document: string): string {
  return SOURCE_TITLES[document.slice(0, 3)] ?? document;
}

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  NOT_STARTED: 'Nog niet begonnen',
  IN_PROGRESS: 'Bezig',
  DONE: 'Klaar',
  SKIPPED: 'Overgeslagen',
};

export const OWNER_LABELS: Record<OwnerRole, string> = {
  MANAGEMENT: 'Management',
  PROJECTGROEP: 'Projectgroep',
  AANDACHTSFUNCTIONARIS: 'Aandachtsfunctionaris',
  LIJNVERANTWOORDELIJKE: 'Lijnverantwoordelijke',
  CLIENTENRAAD: 'Cliëntenraad',
  REGULIER_OVERLEG: 'Regulier overleg met de groepen',
  EXTERN: 'Extern (bijvoorbeeld het Trimbos-instituut)',
};

export const ASSESSMENT_LABELS: Record<AssessmentStatus, string> = {
  NOT_STARTED: 'Nog niet',
  PARTIAL: 'Gedeeltelijk',
  DONE: 'Uitgevoerd',
  NOT_APPLICABLE: 'Niet van toepassing',
};

export const AREA_LABELS: Record<AdviceArea, string> = {
  VOORLICHTING_CLIENTEN: 'Voorlichting aan cliënten',
  VOORLICHTING_FAMILIE: 'Voorlichting aan familieleden',
  VERWIJZING: 'Verwijzing',
  INTEGRATIE: 'Integratie',
  VOORWAARDEN: 'Voorwaarden en ondersteuning',
};
