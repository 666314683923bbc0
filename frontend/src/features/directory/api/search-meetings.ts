import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';
import type { MeetingPage } from '@/types/api-models';

import { meetingFiltersToApiQuery, meetingFiltersToSearchParams, type MeetingFilters } from '../utils/meeting-filters';

/** GET /api/v1/meetings (public). */
export function searchMeetings(filters: MeetingFilters, signal?: AbortSignal): Promise<MeetingPage> {
  return unwrap(api.GET('/api/v1/meetings', { params: { query: meetingFiltersToApiQuery(filters) }, signal }));
}

export function useMeetings(filters: MeetingFilters) {
  const key = meetingFiltersToSearchParams(filters).toString();
  return useAsync(`meetings?${key}`, (signal) => searchMeetings(filters, signal));
}
