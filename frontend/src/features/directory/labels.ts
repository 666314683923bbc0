// Dutch labels (B1) for the stable API codes of the directory: organisations, groups and meetings.
// The only place these words live.
import type {
  Approach,
  Audience,
  Behaviour,
  ContactKind,
  Country,
  OrganisationKind,
  OrganisationStatus,
} from '@/types/api-models';

import type { Accessibility, AttendanceMode, ContactRole, Frequency, ReportReason, TimeOfDay } from './types';

/** What kind of organisation (not to be confused with the advice's reason kinds). */
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  SELF_HELP_FELLOWSHIP: 'Zelfhulpgroep',
  FAMILY_GROUP: 'Groep voor naasten',
  SUPPORT_POINT: 'Steunpunt zelfhulp',
  KNOWLEDGE_CENTRE: 'Kenniscentrum',
  ONLINE_HELP: 'Online hulp',
  PROFESSIONAL_PROGRAMME: 'Programma voor professionals',
};

export const APPROACH_LABELS: Record<Approach, string> = {
  TWELVE_STEP: '12-stappen',
  SECULAR: 'Niet-religieus (seculier)',
  THEME_BASED: 'Themagericht',
  NOT_APPLICABLE: 'Niet van toepassing',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  PERSON: 'Persoon met een verslaving',
  PARTNER: 'Partner',
  PARENT: 'Ouder',
  CHILD: 'Kind',
  RELATIVE: 'Familielid of naaste',
  COLLEAGUE: 'Collega',
  PROFESSIONAL: 'Hulpverlener',
};

export const BEHAVIOUR_LABELS: Record<Behaviour, string> = {
  ALCOHOL: 'Alcohol',
  DRUGS: 'Drugs',
  GAMBLING: 'Gokken',
  MEDICATION: 'Medicijnen',
  EATING: 'Eten',
  OTHER: 'Overig',
};

export const COUNTRY_LABELS: Record<Country, string> = {
  NL: 'Nederland',
  BE: 'België',
};

export const STATUS_LABELS: Record<OrganisationStatus, string> = {
  ACTIVE: 'Actief',
  IN_FORMATION: 'In oprichting',
  INACTIVE: 'Niet actief',
};

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  VISIT_ADDRESS: 'Bezoekadres',
  POSTAL_ADDRESS: 'Postadres',
  PHONE: 'Telefoon',
  HELPLINE: 'Hulplijn',
  EMAIL: 'E-mail',
  WEBSITE: 'Website',
};

/** The label for a code, or the code itself when a newer backend sends one we don't know yet. */
export function label<K extends string>(labels: Record<K, string>, code: string): string {
  return Object.prototype.hasOwnProperty.call(labels, code) ? labels[code as K] : code;
}

/** Labels for a list of codes, joined as Dutch prose: "Partner, Ouder en Kind". */
export function labelList<K extends string>(labels: Record<K, string>, codes: readonly string[]): string {
  const words = codes.map((c) => label(labels, c));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]}`;
}

// Groups and meetings (the group finder and its management screens).

/** ISO day numbers, 1 = maandag … 7 = zondag. */
export const DAY_LABELS: Record<number, string> = {
  1: 'maandag',
  2: 'dinsdag',
  3: 'woensdag',
  4: 'donderdag',
  5: 'vrijdag',
  6: 'zaterdag',
  7: 'zondag',
};

export const TIME_OF_DAY_LABELS: Record<TimeOfDay, string> = {
  MORNING: 'Ochtend (4 tot 12 uur)',
  MIDDAY: 'Middag (12 tot 17 uur)',
  EVENING: 'Avond (17 tot 21 uur)',
  NIGHT: 'Nacht (21 tot 4 uur)',
};

/** The attendance filter: what one can choose (HYBRID meetings match both). */
export const ATTENDANCE_FILTER_LABELS: Partial<Record<AttendanceMode, string>> = {
  IN_PERSON: 'Op locatie',
  ONLINE: 'Online',
};

export const ATTENDANCE_LABELS: Record<AttendanceMode, string> = {
  IN_PERSON: 'Op locatie',
  ONLINE: 'Online',
  HYBRID: 'Op locatie en online',
  INACTIVE: 'Gaat nu niet door',
};

export const ACCESSIBILITY_LABELS: Record<Accessibility, string> = {
  WHEELCHAIR: 'Toegankelijk met rolstoel',
  HEARING_LOOP: 'Ringleiding',
  SIGN_LANGUAGE: 'Gebarentolk',
  CHILDCARE: 'Kinderopvang',
  FRAGRANCE_FREE: 'Geurvrij',
  PUBLIC_TRANSPORT: 'Dicht bij openbaar vervoer',
};

/** Open meetings welcome anyone, so a care worker or relative can come along (seed 004, "Samen gaan"). */
export const OPEN_LABELS: Record<'true' | 'false', string> = {
  true: 'Open: iedereen mag komen, ook wie meegaat',
  false: 'Besloten: alleen voor leden',
};

/** Languages offered in the filter (ISO 639-1); others are shown by their code. */
export const LANGUAGE_LABELS: Record<string, string> = {
  nl: 'Nederlands',
  en: 'Engels',
  fr: 'Frans',
  de: 'Duits',
  pl: 'Pools',
  tr: 'Turks',
  ar: 'Arabisch',
};

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  WEEKLY: 'Elke week',
  MONTHLY: 'Eén keer per maand',
};

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  CHAIR: 'Voorzitter',
  HELPLINE: 'Hulplijn',
  LIAISON_OFFICER: 'Aandachtsfunctionaris',
  SECRETARY: 'Secretaris',
};

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  WRONG_TIME: 'De dag of tijd klopt niet',
  WRONG_PLACE: 'Het adres klopt niet',
  NO_LONGER_MEETS: 'De groep komt niet meer samen',
  WRONG_CONTACT: 'De contactgegevens kloppen niet',
  WRONG_ONLINE_LINK: 'De link voor online meedoen klopt niet',
  OTHER: 'Iets anders',
};

/** Week of month for monthly meetings: 1–4, or -1 for the last. */
export function weekOfMonthLabel(week: number | undefined): string {
  if (week === -1) return 'laatste';
  return ({ 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde' } as Record<number, string>)[week ?? 0] ?? '';
}
