// How old the data of an organisation are. The seed data were checked in 2004, so the UI must say
// so plainly: a professional should check contact details before giving them to a client.

/** Data older than this many years get a warning. */
export const MAX_AGE_YEARS = 1;

/** The year of an ISO date such as "2004-01-01". */
export function verifiedYear(verifiedAt: string): number {
  return Number(verifiedAt.slice(0, 4));
}

/** True when the data were last checked more than MAX_AGE_YEARS ago. */
export function isOutdated(verifiedAt: string, now: Date = new Date()): boolean {
  const verified = new Date(`${verifiedAt.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(verified.getTime())) return true;
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - MAX_AGE_YEARS);
  return verified < limit;
}

/** "2004" or "2002 tot 2004": the years of the outdated items, for one warning above a list. */
export function outdatedYears(verifiedDates: readonly string[], now: Date = new Date()): string | undefined {
  const years = verifiedDates.filter((d) => isOutdated(d, now)).map(verifiedYear);
  if (years.length === 0) return undefined;
  const min = Math.min(...years);
  const max = Math.max(...years);
  return min === max ? String(min) : `${min} tot ${max}`;
}
