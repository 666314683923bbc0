// Dutch labels (B1) for the stable API codes of the implementation (plan, self-assessment). The only place these words live.
import type { AdviceArea, AssessmentStatus, ContactRole, OwnerRole, PlanStatus } from './types';

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

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  AANDACHTSFUNCTIONARIS: 'Aandachtsfunctionaris',
  LIJNVERANTWOORDELIJKE: 'Lijnverantwoordelijke',
  CONTACTPERSOON_GROEP: 'Contactpersoon van een groep',
  STEUNPUNT: 'Steunpunt',
  ERVARINGSDESKUNDIGE: 'Ervaringsdeskundige',
  MAKELAAR: 'Makelaar zelfhulp',
};
