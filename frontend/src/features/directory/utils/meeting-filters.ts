// The finder's filters and how they map to the URL query string (shareable links, back button) and
// to the API query. Without a `day` in the URL the finder shows today's meetings ("vandaag").
import { dateTimeFormat } from '@/lib/date-time-format';
import type { Approach, Audience, Behaviour, Country, OrganisationKind } from '@/types/api-models';

import {
  ACCESSIBILITY_LABELS,
  APPROACH_LABELS,
  ATTENDANCE_FILTER_LABELS,
  AUDIENCE_LABELS,
  BEHAVIOUR_LABELS,
  COUNTRY_LABELS,
  ORGANISATION_KIND_LABELS,
  LANGUAGE_LABELS,
  OPEN_LABELS,
  TIME_OF_DAY_LABELS,
} from '../labels';
import type { Accessibility, AttendanceMode, MeetingQuery, TimeOfDay } from '../types';

export const PAGE_SIZE = 20;

/** "today" (the default view), "all" days, or an ISO day number 1 = maandag … 7 = zondag. */
export type DayChoice = 'today' | 'all' | number;

export type MeetingFilters = {
  q: string;
  place: string;
  day: DayChoice;
  timeOfDay?: TimeOfDay;
  attendance?: AttendanceMode;
  audience?: Audience;
  behaviour?: Behaviour;
  approach?: Approach;
  kind?: OrganisationKind;
  accessibility?: Accessibility;
  language?: string;
  country?: Country;
  /** 'true': open meetings only, 'false': closed ones only (as in the URL). */
  open?: 'true' | 'false';
  /** Search around a point (the user's location, rounded to about 1 km), nearest first. */
  near?: { lat: number; lon: number; radiusKm: number };
  /** Search around a place or postcode (NL/BE, resolved by the API as GET /api/v1/places does), nearest first. */
  around?: { place: string; radiusKm: number };
  /** 1-based */
  page: number;
};

export const RADIUS_CHOICES = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS_KM = 25;

/** Rounds a coordinate to 2 decimals (about 1 km): enough to search, not enough to find someone's home. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}

export const EMPTY_FILTERS: MeetingFilters = { q: '', place: '', day: 'today', page: 1 };

/** The select filters (besides the day), each with the labels that list its allowed codes. */
export const CODE_FILTERS = {
  timeOfDay: TIME_OF_DAY_LABELS,
  attendance: ATTENDANCE_FILTER_LABELS as Record<string, string>,
  audience: AUDIENCE_LABELS,
  behaviour: BEHAVIOUR_LABELS,
  approach: APPROACH_LABELS,
  kind: ORGANISATION_KIND_LABELS,
  accessibility: ACCESSIBILITY_LABELS,
  language: LANGUAGE_LABELS,
  country: COUNTRY_LABELS,
  open: OPEN_LABELS,
} as const;

export type CodeFilterName = keyof typeof CODE_FILTERS;
export const CODE_FILTER_NAMES = Object.keys(CODE_FILTERS) as CodeFilterName[];

/** Query-string names: as the API's, so links read the same. */
const PARAM: Record<CodeFilterName, string> = {
  timeOfDay: 'time_of_day',
  attendance: 'attendance',
  audience: 'audience',
  behaviour: 'behaviour',
  approach: 'approach',
  kind: 'kind',
  accessibility: 'accessibility',
  language: 'language',
  country: 'country',
  open: 'open',
};

function codeOrUndefined(labels: Record<string, string>, value: string | null): string | undefined {
  return value !== null && Object.prototype.hasOwnProperty.call(labels, value) ? value : undefined;
}

/** The ISO day number (1 = maandag) of `now` in the Netherlands. */
export function isoDayInAmsterdam(now: Date = new Date()): number {
  const weekday = dateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', weekday: 'short' }).format(now);
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday) + 1;
}

/** Reads filters from a query string. Unknown codes and bad numbers are ignored. */
export function filtersFromSearchParams(params: URLSearchParams): MeetingFilters {
  const page = Number(params.get('page'));
  const rawDay = params.get('day');
  const dayNumber = Number(rawDay);
  const day: DayChoice =
    rawDay === 'all' ? 'all' : Number.isInteger(dayNumber) && dayNumber >= 1 && dayNumber <= 7 ? dayNumber : 'today';
  const filters: MeetingFilters = {
    q: (params.get('q') ?? '').trim(),
    place: (params.get('place') ?? '').trim(),
    day,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
  for (const name of CODE_FILTER_NAMES) {
    const value = codeOrUndefined(CODE_FILTERS[name], params.get(PARAM[name]));
    if (value) (filters as Record<string, unknown>)[name] = value;
  }
  const lat = Number(params.get('lat') ?? NaN);
  const lon = Number(params.get('lon') ?? NaN);
  const radius = Number(params.get('radius_km') ?? DEFAULT_RADIUS_KM);
  const radiusKm = (RADIUS_CHOICES as readonly number[]).includes(radius) ? radius : DEFAULT_RADIUS_KM;
  const around = (params.get('near') ?? '').trim();
  if (around) {
    filters.around = { place: around, radiusKm };
  } else if (params.has('lat') && params.has('lon') && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    filters.near = { lat: roundCoordinate(lat), lon: roundCoordinate(lon), radiusKm };
  }
  return filters;
}

/** Writes filters to a query string: empty filters, "today" and page 1 are left out. */
export function filtersToSearchParams(filters: MeetingFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  const place = filters.place.trim();
  if (place) params.set('place', place);
  if (filters.day !== 'today') params.set('day', String(filters.day));
  for (const name of CODE_FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(PARAM[name], value);
  }
  if (filters.near) {
    params.set('lat', String(roundCoordinate(filters.near.lat)));
    params.set('lon', String(roundCoordinate(filters.near.lon)));
    if (filters.near.radiusKm !== DEFAULT_RADIUS_KM) params.set('radius_km', String(filters.near.radiusKm));
  } else if (filters.around?.place.trim()) {
    params.set('near', filters.around.place.trim());
    if (filters.around.radiusKm !== DEFAULT_RADIUS_KM) params.set('radius_km', String(filters.around.radiusKm));
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The ISO day the filters ask for, or undefined for all days. */
export function resolveDay(day: DayChoice, now?: Date): number | undefined {
  if (day === 'all') return undefined;
  return day === 'today' ? isoDayInAmsterdam(now) : day;
}

/** The query for GET /api/v1/meetings. */
export function filtersToApiQuery(filters: MeetingFilters, now?: Date, size = PAGE_SIZE): MeetingQuery {
  const query: MeetingQuery = { page: filters.page, size };
  const q = filters.q.trim();
  if (q) query.q = q;
  const place = filters.place.trim();
  if (place) query.place = place;
  const day = resolveDay(filters.day, now);
  if (day) query.day = day;
  if (filters.timeOfDay) query.time_of_day = filters.timeOfDay;
  if (filters.attendance) query.attendance = filters.attendance;
  if (filters.audience) query.audience = filters.audience;
  if (filters.behaviour) query.behaviour = filters.behaviour;
  if (filters.approach) query.approach = filters.approach;
  if (filters.kind) query.kind = filters.kind;
  if (filters.accessibility) query.accessibility = filters.accessibility;
  if (filters.language) query.language = filters.language;
  if (filters.country) query.country = filters.country;
  if (filters.open) query.open = filters.open === 'true';
  if (filters.near) {
    query.lat = roundCoordinate(filters.near.lat);
    query.lon = roundCoordinate(filters.near.lon);
    query.radius_km = filters.near.radiusKm;
  } else if (filters.around?.place.trim()) {
    query.near = filters.around.place.trim();
    query.radius_km = filters.around.radiusKm;
  }
  return query;
}

/** True when no filter narrows the list except the day. */
export function onlyDayFilter(filters: MeetingFilters): boolean {
  return CODE_FILTER_NAMES.every((n) => !filters[n]) && !filters.q.trim() && !filters.place.trim() && !filters.near && !filters.around;
}
