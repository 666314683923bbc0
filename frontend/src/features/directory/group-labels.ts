// Dutch labels (B1) for the codes of groups and meetings. The only place these words live.
import type { Accessibility, AttendanceMode, ContactRole, ReportReason, TimeOfDay } from '@/types/api-models';

/** ISO day numbers (1 = maandag) as the API uses them. */
export const DAY_LABELS: Record<string, string> = {
  '1': 'maandag',
  '2': 'dinsdag',
  '3': 'woensdag',
  '4': 'donderdag',
  '5': 'vrijdag',
  '6': 'zaterdag',
  '7': 'zondag',
};

export const TIME_OF_DAY_LABELS: Record<TimeOfDay, string> = {
  MORNING: 'Ochtend (4–12 uur)',
  MIDDAY: 'Middag (12–17 uur)',
  EVENING: 'Avond (17–21 uur)',
  NIGHT: 'Nacht (21–4 uur)',
};

export const ATTENDANCE_LABELS: Record<AttendanceMode, string> = {
  IN_PERSON: 'Op locatie',
  ONLINE: 'Online',
  HYBRID: 'Op locatie en online',
  INACTIVE: 'Tijdelijk niet',
};

/** The attendance filter: IN_PERSON and ONLINE include hybrid meetings. */
export const ATTENDANCE_FILTER_LABELS: Record<'IN_PERSON' | 'ONLINE', string> = {
  IN_PERSON: 'Op locatie',
  ONLINE: 'Online',
};

export const ACCESSIBILITY_LABELS: Record<Accessibility, string> = {
  WHEELCHAIR: 'Toegankelijk met rolstoel',
  HEARING_LOOP: 'Ringleiding',
  SIGN_LANGUAGE: 'Gebarentolk',
  CHILDCARE: 'Kinderopvang',
  FRAGRANCE_FREE: 'Geurvrij',
  PUBLIC_TRANSPORT: 'Goed bereikbaar met openbaar vervoer',
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
  NO_LONGER_MEETS: 'De groep bestaat niet meer',
  WRONG_CONTACT: 'Het telefoonnummer of e-mailadres klopt niet',
  WRONG_ONLINE_LINK: 'De link voor online klopt niet',
  OTHER: 'Iets anders',
};

/** Meeting Guide type codes (same labels as GET /api/v1/feeds/meeting-guide/types). */
export const MEETING_TYPE_LABELS: Record<string, string> = {
  O: 'Open',
  C: 'Besloten',
  BE: 'Nieuwkomers',
  D: 'Discussie',
  SP: 'Spreker',
  ST: 'Stappenstudie',
  B: 'Boekbespreking',
  M: 'Mannen',
  W: 'Vrouwen',
  Y: 'Jongeren',
  LGBTQ: 'LHBTIQ+',
  A: 'Seculier',
  X: 'Toegankelijk met rolstoel',
  DD: 'Dubbele diagnose',
  TC: 'Tijdelijk gesloten',
  EN: 'Engelstalig',
  FR: 'Franstalig',
};

export const LANGUAGE_LABELS: Record<string, string> = {
  nl: 'Nederlands',
  en: 'Engels',
  fr: 'Frans',
  de: 'Duits',
};
