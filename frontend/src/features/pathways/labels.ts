// Dutch labels (B1) for the stable API codes of the care pathways. The only place these words live.
import type {
  Actor,
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
