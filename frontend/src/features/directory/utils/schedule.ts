// When and where a meeting is, in plain Dutch, and the links for route, agenda and sharing.
import { dateTimeFormat } from '@/lib/date-time-format';

import { DAY_LABELS, FREQUENCY_LABELS, weekOfMonthLabel } from '../labels';
import type { Meeting, MeetingLocation } from '../types';

/** "19:30–21:00" or "19:30". */
export function timeRange(m: Pick<Meeting, 'startTime' | 'endTime'>): string {
  return m.endTime ? `${m.startTime}–${m.endTime}` : m.startTime;
}

/** "Elke maandag, 19:30–21:00" or "Elke tweede maandag van de maand, 19:30–21:00". */
export function scheduleText(m: Pick<Meeting, 'frequency' | 'day' | 'weekOfMonth' | 'startTime' | 'endTime'>): string {
  const day = DAY_LABELS[m.day] ?? '';
  const when =
    m.frequency === 'MONTHLY'
      ? `Elke ${weekOfMonthLabel(m.weekOfMonth)} ${day} van de maand`
      : `Elke ${day}`;
  return `${when.replace(/\s+/g, ' ')}, ${timeRange(m)}`;
}

export function frequencyText(m: Pick<Meeting, 'frequency'>): string {
  return FREQUENCY_LABELS[m.frequency] ?? m.frequency;
}

function dateKey(date: Date, timeZone: string): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** "vandaag om 19:30", "morgen om 19:30" or "woensdag 2 december om 19:30" (in the meeting's time zone). */
export function nextStartText(m: Pick<Meeting, 'nextStart' | 'timeZone'>, now: Date = new Date()): string {
  const start = new Date(m.nextStart);
  if (Number.isNaN(start.getTime())) return '';
  const zone = m.timeZone || 'Europe/Amsterdam';
  const time = dateTimeFormat('nl-NL', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(start);
  const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000);
  if (dateKey(start, zone) === dateKey(now, zone)) return `vandaag om ${time}`;
  if (dateKey(start, zone) === dateKey(tomorrow, zone)) return `morgen om ${time}`;
  const date = dateTimeFormat('nl-NL', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long' }).format(start);
  return `${date} om ${time}`;
}

/** "Buurthuis De Linde, Kerkstraat 1, 3511 AB Utrecht" – what is known of the place. */
export function addressText(location: MeetingLocation | undefined): string {
  if (!location) return '';
  const street = location.approximate ? undefined : location.address;
  const town = [location.approximate ? undefined : location.postcode, location.city].filter(Boolean).join(' ');
  return [location.name, street, town].filter(Boolean).join(', ');
}

/** A route planner link (OpenStreetMap) to the place; undefined when only the town is known. */
export function routeUrl(location: MeetingLocation | undefined): string | undefined {
  if (!location || location.approximate) return undefined;
  if (location.latitude != null && location.longitude != null) {
    return `https://www.openstreetmap.org/directions?route=%3B${location.latitude}%2C${location.longitude}`;
  }
  const query = [location.address, location.postcode, location.city].filter(Boolean).join(', ');
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : undefined;
}

/** The backend's iCalendar file for this meeting (on the page's own origin). */
export function icsUrl(slug: string): string {
  return `/api/v1/meetings/${encodeURIComponent(slug)}/ics`;
}

/** The public link of a meeting's page. */
export function meetingPath(slug: string): string {
  return `/bijeenkomsten/${encodeURIComponent(slug)}`;
}

/** The public page of a local group. */
export function groupPath(slug: string): string {
  return `/groepen/${encodeURIComponent(slug)}`;
}
