// Dutch labels (B1) for the API codes of the group finder. Codes shared with the directory
// (doelgroep, gedrag, aanpak, soort, land) use the directory's labels.
import type { Accessibility, AttendanceMode, ContactRole, Frequency, ReportReason, TimeOfDay } from './types';

export {
  APPROACH_LABELS,
  AUDIENCE_LABELS,
  BEHAVIOUR_LABELS,
  COUNTRY_LABELS,
  KIND_LABELS,
  label,
  labelList,
} from '@/features/directory/labels';

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

/** Languages offered in the filter (ISO 639-1); others are shown by their code. */
/** Open meetings welcome anyone, so a care worker or relative can come along (seed 004, "Samen gaan"). */
export const OPEN_LABELS: Record<'true' | 'false', string> = {
  true: 'Open: iedereen mag komen, ook wie meegaat',
  false: 'Besloten: alleen voor leden',
};

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
