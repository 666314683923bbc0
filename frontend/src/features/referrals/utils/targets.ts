import type { components } from '@/types/api';

type MeetingSummary = components['schemas']['MeetingSummary'];

export type OrganisationChoice = { id: string; name: string };
export type MeetingChoice = { slug: string; groupSlug: string; label: string };

/** "Groep – bijeenkomst, plaats": what a care worker recognises; the meeting's name only when it says more. */
export function toMeetingChoice(meeting: MeetingSummary): MeetingChoice {
  const name = meeting.name && meeting.name !== meeting.groupName ? ` – ${meeting.name}` : '';
  const place = meeting.location?.city ? `, ${meeting.location.city}` : meeting.attendance === 'ONLINE' ? ', online' : '';
  return { slug: meeting.slug, groupSlug: meeting.groupSlug, label: `${meeting.groupName}${name}${place}` };
}

/** The status line under a search, for screen readers too. */
export function foundMessage(count: number, what: 'organisatie' | 'bijeenkomst'): string {
  if (count === 0) return `Geen ${what} gevonden. Probeer een ander woord.`;
  const plural = what === 'organisatie' ? 'organisaties' : 'bijeenkomsten';
  return `${count} ${count === 1 ? what : plural} gevonden. Kies er een.`;
}
