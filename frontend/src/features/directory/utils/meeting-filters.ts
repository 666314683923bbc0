// The filters of the group finder and how they map to the URL (shareable links, back button) and the API query.
// Without a day in the URL the finder shows today ("vandaag"); day=all shows every day.
import type { Audience, Behaviour, Country, MeetingQuery, TimeOfDay } from '@/types/api-models';

import { AUDIENCE_LABELS, BEHAVIOUR_LABELS, COUNTRY_LABELS } from '../labels';
import { ATTENDANCE_FILTER_LABELS, DAY_LABELS, TIME_OF_DAY_LABELS } from '../group-labels';

export const MEETING_PAGE_SIZE = 20;

export type MeetingFilters = {
  q: string;
  /** 'today', 'all' or an ISO day '1'..'7'. */
  day: string;
  timeOfDay?: TimeOfDay;
  attendance?: 'IN_PERSON' | 'ONLINE';
  audience?: Audience;
  behaviour?: Behaviour;
  country?: Country;
  place: string;
  page: number;
};

export const EMPTY_MEETING_FILTERS: MeetingFilters = { q: '', day: 'today', place: '', page: 1 };

function code<K extends string>(labels: Record<K, string>, value: string | null): K | undefined {
  return value !== null && Object.prototype.hasOwnProperty.call(labels, value) ? (value as K) : undefined;
}

/** ISO day of the week (1 = Monday) in the Netherlands. */
export function isoDayToday(now: Date = new Date()): string {
  const name = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Amsterdam' }).format(now);
  return String(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(name) + 1);
}

export function meetingFiltersFromSearchParams(params: URLSearchParams): MeetingFilters {
  const page = Number(params.get('page'));
  const day = params.get('day');
  return {
    q: (params.get('q') ?? '').trim(),
    day: day === 'all' || (day !== null && DAY_LABELS[day] !== undefined) ? day : 'today',
    timeOfDay: code(TIME_OF_DAY_LABELS, params.get('time_of_day')),
    attendance: code(ATTENDANCE_FILTER_LABELS, params.get('attendance')),
    audience: code(AUDIENCE_LABELS, params.get('audience')),
    behaviour: code(BEHAVIOUR_LABELS, params.get('behaviour')),
    country: code(COUNTRY_LABELS, params.get('country')),
    place: (params.get('place') ?? '').trim(),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function meetingFiltersToSearchParams(f: MeetingFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.day !== 'today') params.set('day', f.day);
  if (f.timeOfDay) params.set('time_of_day', f.timeOfDay);
  if (f.attendance) params.set('attendance', f.attendance);
  if (f.audience) params.set('audience', f.audience);
  if (f.behaviour) params.set('behaviour', f.behaviour);
  if (f.country) params.set('country', f.country);
  if (f.place.trim()) params.set('place', f.place.trim());
  if (f.page > 1) params.set('page', String(f.page));
  return params;
}

export function meetingFiltersToApiQuery(f: MeetingFilters, now: Date = new Date()): MeetingQuery {
  const query: MeetingQuery = { page: f.page, size: MEETING_PAGE_SIZE };
  if (f.q.trim()) query.q = f.q.trim();
  if (f.day === 'today') query.day = Number(isoDayToday(now));
  else if (f.day !== 'all') query.day = Number(f.day);
  if (f.timeOfDay) query.time_of_day = f.timeOfDay;
  if (f.attendance) query.attendance = f.attendance;
  if (f.audience) query.audience = f.audience;
  if (f.behaviour) query.behaviour = f.behaviour;
  if (f.country) query.country = f.country;
  if (f.place.trim()) query.place = f.place.trim();
  return query;
}

/** "19:30–21:00" */
export function timeRange(start: string, end?: string | null): string {
  return end ? `${start}–${end}` : start;
}

/** "Elke woensdag" or "Elke tweede maandag van de maand". */
export function scheduleText(m: { frequency: string; day: number; weekOfMonth?: number | null }): string {
  const day = DAY_LABELS[String(m.day)] ?? '';
  if (m.frequency !== 'MONTHLY') return `Elke ${day}`;
  const nth = { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', [-1]: 'laatste' } as Record<number, string>;
  return `Elke ${nth[m.weekOfMonth ?? 1] ?? ''} ${day} van de maand`;
}

/** "wo 14 jan, 19:30" in Dutch, in the meeting's own time zone. */
export function nextStartText(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone,
  }).format(new Date(iso));
}
