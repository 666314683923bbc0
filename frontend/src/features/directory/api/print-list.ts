import { useAsync } from '@/hooks/use-async';

import type { GroupHits } from '../types';
import { filtersToApiQuery, filtersToSearchParams, type MeetingFilters } from '../utils/meeting-filters';

import { searchMeetingGroups } from './meetings';

/** A printed list holds at most this many groups (3 pages of 100). */
export const PRINT_MAX = 300;

export type PrintList = { groups: GroupHits[]; total: number };

/** All groups matching the filters (up to PRINT_MAX), each with its meetings and its own contact route. */
export async function loadPrintList(filters: MeetingFilters, signal?: AbortSignal): Promise<PrintList> {
  const groups: GroupHits[] = [];
  let total = 0;
  for (let page = 1; page <= PRINT_MAX / 100; page++) {
    const result = await searchMeetingGroups({ ...filtersToApiQuery({ ...filters, page }, undefined, 100) }, signal);
    groups.push(...result.items);
    total = result.totalItems;
    if (page >= result.totalPages) break;
  }
  return { groups, total };
}

export function usePrintList(filters: MeetingFilters) {
  return useAsync(`print?${filtersToSearchParams(filters).toString()}`, (signal) => loadPrintList(filters, signal));
}
