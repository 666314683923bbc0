import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';
import { dateTimeFormat } from '@/lib/date-time-format';

import type { Group, GroupPage, MapPoints, Meeting, MeetingPage, MeetingQuery, ReportWrite } from '../types';
import { filtersToApiQuery, filtersToSearchParams, isoDayInAmsterdam, type MeetingFilters } from '../utils/meeting-filters';

/** GET /api/v1/feeds/meeting-guide/types: the meeting kinds (Meeting Guide codes) with their Dutch names. */
export function useMeetingTypeLabels() {
  return useAsync('meeting-guide-types', (signal) => unwrap(api.GET('/api/v1/feeds/meeting-guide/types', { signal })));
}

/** GET /api/v1/meetings (public). */
export function searchMeetings(query: MeetingQuery, signal?: AbortSignal): Promise<MeetingPage> {
  return unwrap(api.GET('/api/v1/meetings', { params: { query }, signal }));
}

/** GET /api/v1/meeting-groups (public): the search paged by group, each group once with its matching meetings. */
export function searchMeetingGroups(query: MeetingQuery, signal?: AbortSignal): Promise<GroupPage> {
  return unwrap(api.GET('/api/v1/meeting-groups', { params: { query }, signal }));
}

export function useMeetingGroups(filters: MeetingFilters, today: number) {
  const key = `meeting-groups?${filtersToSearchParams(filters).toString()}&today=${today}`;
  return useAsync(key, (signal) => searchMeetingGroups(filtersToApiQuery(filters), signal));
}

/** GET /api/v1/meeting-map (public): every hit of the filters (not one page) as one point per group and address. */
export function useMeetingMap(filters: MeetingFilters, today: number) {
  // paging does not count for the map: page 1 keeps one cache entry for all pages of a search
  const all = { ...filters, page: 1 };
  const key = `meeting-map?${filtersToSearchParams(all).toString()}&today=${today}`;
  return useAsync(key, (signal): Promise<MapPoints> =>
    unwrap(api.GET('/api/v1/meeting-map', { params: { query: filtersToApiQuery(all) }, signal })),
  );
}

/** At most this many pages of 100 are read to find the meetings going on now. */
const IN_PROGRESS_MAX_PAGES = 3;

/**
 * The meetings going on right now that match the filters (any day filter is replaced by today).
 * The API has no "in progress" filter: this reads today's meetings and keeps those with
 * `inProgress`. Meetings that began yesterday evening and run past midnight are found via
 * yesterday's "nacht".
 */
export async function inProgressMeetings(
  filters: MeetingFilters,
  now: Date = new Date(),
  signal?: AbortSignal,
): Promise<Meeting[]> {
  const today = isoDayInAmsterdam(now);
  const base = filtersToApiQuery({ ...filters, day: today, page: 1 }, now, 100);
  const queries: MeetingQuery[] = [base];
  const hour = Number(dateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(now));
  if (hour < 4 && (!filters.timeOfDay || filters.timeOfDay === 'NIGHT')) {
    queries.push({ ...base, day: today === 1 ? 7 : today - 1, time_of_day: 'NIGHT' });
  }
  const found: Meeting[] = [];
  for (const query of queries) {
    for (let page = 1; page <= IN_PROGRESS_MAX_PAGES; page++) {
      const result = await searchMeetings({ ...query, page }, signal);
      found.push(...result.items.filter((m) => m.inProgress));
      if (page >= result.totalPages) break;
    }
  }
  const seen = new Set<string>();
  return found.filter((m) => (seen.has(m.slug) ? false : (seen.add(m.slug), true)));
}

/** Only when `enabled`: the finder asks once its list has rendered, so the list comes first. */
export function useInProgressMeetings(filters: MeetingFilters, minute: string, enabled = true) {
  const params = filtersToSearchParams({ ...filters, day: 'today', page: 1 }).toString();
  return useAsync(enabled ? `in-progress?${params}&at=${minute}` : null, (signal) =>
    inProgressMeetings(filters, new Date(), signal),
  );
}

/** GET /api/v1/meetings/{slug} (public); 404 when unknown. */
export function getMeeting(slug: string, signal?: AbortSignal): Promise<Meeting> {
  return unwrap(api.GET('/api/v1/meetings/{slug}', { params: { path: { slug } }, signal }));
}

export function useMeeting(slug: string) {
  return useAsync(`meeting/${slug}`, (signal) => getMeeting(slug, signal));
}

/** GET /api/v1/groups/{slug} (public). */
export function getGroup(slug: string, signal?: AbortSignal): Promise<Group> {
  return unwrap(api.GET('/api/v1/groups/{slug}', { params: { path: { slug } }, signal }));
}

export function useGroup(slug: string | undefined) {
  return useAsync(slug ? `group/${slug}` : null, (signal) => getGroup(slug ?? '', signal));
}

/** POST /api/v1/groups/{slug}/reports (public): "meld onjuiste informatie". */
export function reportWrongInformation(groupSlug: string, body: ReportWrite) {
  return unwrap(api.POST('/api/v1/groups/{slug}/reports', { params: { path: { slug: groupSlug } }, body }));
}
