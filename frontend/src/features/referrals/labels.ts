// Dutch labels (B1) for the codes of referrals.
import type {
  CheckinAnswer,
  ConsentFrom,
  FirstMeeting,
  IntegrationLevel,
  NotForMeReason,
  ReferralRoute,
  ReferralStatus,
  TreatmentPhase,
  WorklistReason,
} from './types';

export const STATUS_LABELS: Record<ReferralStatus, string> = {
  DRAFT: 'Concept',
  REQUESTED: 'Verwezen',
  ACCEPTED: 'Cliënt wil gaan',
  REJECTED: 'Cliënt wil niet',
  CANCELLED: 'Gestopt',
  IN_PROGRESS: 'Cliënt gaat naar de groep',
  ON_HOLD: 'Gepauzeerd',
  COMPLETED: 'Afgerond',
  FAILED: 'Niet gelukt',
  ENTERED_IN_ERROR: 'Per vergissing gemaakt',
};

export const LEVEL_LABELS: Record<IntegrationLevel, string> = {
  VOORLICHTING: 'Voorlichting gegeven',
  VERWIJZING: 'Verwijzing',
  INTEGRATIE: 'Integratie in de behandeling',
};

export const PHASE_LABELS: Record<TreatmentPhase, string> = {
  NONE: 'Geen behandeling',
  APPLICATION: 'Aanmelding',
  WAITING_LIST: 'Wachtlijst',
  INTAKE: 'Intake',
  INDICATION: 'Indicatie',
  TREATMENT: 'Behandeling',
  CASE_MANAGEMENT: 'Casemanagement',
  AFTERCARE: 'Nazorg',
  COMPLETED: 'Behandeling afgesloten',
};

export const ROUTE_LABELS: Record<ReferralRoute, string> = {
  DIRECT: 'De cliënt gaat zelf',
  VIA_CONTACT_PERSON: 'Via de contactpersoon van de groep',
  VIA_MAKELAAR: 'Via de makelaar zelfhulp',
};

export const CONSENT_FROM_LABELS: Record<ConsentFrom, string> = {
  CLIENT: 'De cliënt zelf',
  GROUP_CONTACT: 'De voorzitter of contactpersoon van de groep',
};

export const FIRST_MEETING_LABELS: Record<FirstMeeting, string> = {
  YES: 'Ja, geweest',
  NOT_YET: 'Nog niet',
  NO: 'Nee, gaat niet',
};

export const NOT_FOR_ME_LABELS: Record<NotForMeReason, string> = {
  TIME_OR_PLACE: 'De tijd of plaats komt niet uit',
  APPROACH: 'De manier van werken past niet',
  NOT_READY: 'Nog niet aan toe',
  PREFERS_OTHER_HELP: 'Liever andere hulp',
  OTHER: 'Iets anders',
};

export const WORKLIST_REASON_LABELS: Record<WorklistReason, string> = {
  OVERDUE: 'Nabespreking te laat',
  DUE: 'Nabespreking nu',
  RECENTLY_CHANGED: 'Pas gewijzigd',
  WITHOUT_OUTCOME: 'Nog geen uitkomst',
  CHECKIN_RECEIVED: 'Cliënt heeft geantwoord',
};

export const CHECKIN_ANSWER_LABELS: Record<CheckinAnswer, string> = {
  BEEN: 'Ik ben geweest',
  NOT_YET: 'Nog niet',
  NOT_FOR_ME: 'Het past niet bij mij',
};

/** A date (yyyy-mm-dd) or instant in Dutch, e.g. "5 december 2026". */
export function dutchDate(value: string | undefined): string {
  if (!value) return '';
  return new Date(value.length === 10 ? `${value}T12:00:00` : value).toLocaleDateString('nl-NL', {
    day: 'numeric', month: 'long', year: 'numeric',
  });
}
