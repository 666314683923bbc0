// "Delen" from the worker's own device: a prefilled text (B1) in a mailto: or sms: link. The server sends
// and stores nothing; the worker fills in the address or number in their own mail or message app.
import type { Group, Meeting } from '../types';

import { addressText, nextStartText, scheduleText } from './schedule';

/** The message about one meeting, in plain Dutch, with the link to its page. */
export function shareText(m: Meeting, url: string, now: Date = new Date()): string {
  const where = addressText(m.location) || (m.attendance === 'ONLINE' ? 'online' : '');
  return [
    `Hallo, deze zelfhulpgroep kan bij je passen: ${m.groupName} (${m.organisation.name}).`,
    `${scheduleText(m)}. De volgende keer is ${nextStartText(m, now)}.`,
    where ? `Waar: ${where}.` : '',
    'Je mag de eerste keer gewoon komen luisteren.',
    `Meer informatie: ${url}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The message about a local group: all its days, its place and its own contact route, with the link to its page. */
export function groupShareText(g: Group, url: string, contact: string): string {
  const days = g.meetings.map((m) => scheduleText(m)).join('; ');
  const where = addressText(g.location) || addressText(g.meetings.find((m) => m.location)?.location);
  return [
    `Hallo, deze zelfhulpgroep kan bij je passen: ${g.name} (${g.organisation.name}).`,
    days ? `Wanneer: ${days}.` : '',
    where ? `Waar: ${where}.` : '',
    contact ? `Contact: ${contact}.` : '',
    'Je mag de eerste keer gewoon komen luisteren.',
    `Meer informatie: ${url}`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** `sms:?body=` is understood by Android and iOS; the worker chooses the number. */
export function smsHref(body: string): string {
  return `sms:?body=${encodeURIComponent(body)}`;
}
