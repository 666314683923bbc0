import type { ReportCell, ReportDays, ReportDimension, ReportIndicator } from '../types';

/** Shown instead of a hidden count: the server leaves out every count under 5 and what could be worked back. */
export const HIDDEN = '< 5';

export const DIMENSION_TITLES: Record<ReportDimension, string> = {
  MONTH: 'Verwijzingen per maand',
  TREATMENT_PHASE: 'Fase van de behandeling',
  ROUTE: 'Route',
  LEVEL: 'Niveau',
  ORGANISATION: 'Organisatie',
  STATUS: 'Status van de verwijzing',
  OUTCOME: 'Uitkomst',
  FIRST_MEETING_STAFF: 'Eerste bijeenkomst, volgens de medewerker',
  FIRST_MEETING_CHECKIN: 'Eerste bijeenkomst, volgens de cliënt (check-in)',
  FOLLOW_UP: 'Nabespreking op tijd',
  NOT_FOR_ME_REASON: "Reden 'past niet bij mij'",
};

/** Dutch words for the codes in the cells; a code not listed (a month, an organisation id) is shown as it is. */
const KEY_LABELS: Record<string, string> = {
  VOORLICHTING: 'Voorlichting', VERWIJZING: 'Verwijzing', INTEGRATIE: 'Integratie',
  DIRECT: 'Cliënt gaat zelf', VIA_CONTACT_PERSON: 'Via contactpersoon', VIA_MAKELAAR: 'Via makelaar',
  NONE: 'Geen behandeling', APPLICATION: 'Aanmelding', WAITING_LIST: 'Wachtlijst', INTAKE: 'Intake',
  INDICATION: 'Indicatie', TREATMENT: 'Behandeling', CASE_MANAGEMENT: 'Casemanagement', AFTERCARE: 'Nazorg',
  DRAFT: 'Concept', REQUESTED: 'Aangevraagd', ACCEPTED: 'Aangenomen', REJECTED: 'Afgewezen', CANCELLED: 'Ingetrokken',
  IN_PROGRESS: 'Loopt', ON_HOLD: 'Gepauzeerd', COMPLETED: 'Afgerond', FAILED: 'Niet gelukt',
  ENTERED_IN_ERROR: 'Foutief ingevoerd',
  NOT_RECORDED: 'Nog niet vastgelegd', CONTINUES: 'Gaat door', STOPPED: 'Gestopt',
  YES: 'Ja', NO: 'Nee', NOT_YET: 'Nog niet', BEEN: 'Geweest', NOT_FOR_ME: 'Past niet bij mij',
  ON_TIME: 'Op tijd', LATE: 'Te laat', OVERDUE: 'Over tijd, nog niet gedaan', NOT_DUE: 'Nog niet aan de beurt',
  TIME_OR_PLACE: 'Tijd of plaats', APPROACH: 'Aanpak van de groep', NOT_READY: 'Nog niet klaar voor',
  PREFERS_OTHER_HELP: 'Liever andere hulp', OTHER: 'Anders',
};

/** Names for keys that are ids (the organisations, as the report names them). */
export type KeyNames = Readonly<Record<string, string>>;

export function keyLabel(key: string, names: KeyNames = {}): string {
  return names[key] ?? KEY_LABELS[key] ?? key;
}

export function countText(count: number | undefined): string {
  return count === undefined || count === null ? HIDDEN : String(count);
}

/** The text that says what a chart shows, for everyone who does not see the bars. */
export function summarize(indicator: ReportIndicator, names: KeyNames = {}): string {
  const shown = indicator.cells.filter((c): c is ReportCell & { count: number } => typeof c.count === 'number');
  const hidden = indicator.cells.length - shown.length;
  if (indicator.cells.length === 0) return 'Geen verwijzingen in deze periode.';
  const parts: string[] = [];
  parts.push(typeof indicator.total === 'number' ? `In totaal ${indicator.total}.` : 'Het totaal is verborgen.');
  const top = [...shown].sort((a, b) => b.count - a.count)[0];
  if (top) parts.push(`Het meest: ${keyLabel(top.key, names)} (${top.count}).`);
  if (hidden > 0) parts.push(`Verborgen: ${hidden} (kleiner dan 5 of terug te rekenen).`);
  return parts.join(' ');
}

/** A share (0..1) as a Dutch percentage; a hidden share says so in words ("< 5" would read as "under 5%"). */
export function percent(share: number | undefined): string {
  return typeof share === 'number' ? `${Math.round(share * 100)}%` : 'verborgen (te weinig verwijzingen)';
}

/**
 * The days from referral to first meeting. When the server hides them (fewer than 5 referrals with a first meeting),
 * that is said in words: "< 5" would read as "fewer than 5 days".
 */
export function daysText(days: ReportDays): string {
  if (typeof days.median !== 'number' || typeof days.p90 !== 'number') {
    return 'verborgen, want minder dan 5 verwijzingen hebben een eerste bijeenkomst';
  }
  return `de helft binnen ${days.median} dagen, 9 van de 10 binnen ${days.p90} dagen (over ${days.referrals} verwijzingen)`;
}
