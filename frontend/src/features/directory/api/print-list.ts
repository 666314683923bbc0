import { useAsync } from '@/hooks/use-async';

import type { Meeting } from '../types';
import { filtersToApiQuery, filtersToSearchParams, type MeetingFilters } from '../utils/meeting-filters';

import { searchMeetings } from './meetings';

/** A printed list holds at most this many meetings (3 pages of 100). */
export const PRINT_MAX = 300;

export type PrintList = { meetings: Meeting[]; total: number };

/** All meetings matching the filters (up to PRINT_MAX), sorted by day and start time. */
export async function loadPrintList(filters: MeetingFilters, signal?: AbortSignal): Promise<PrintList> {
  const meetings: Meeting[] = [];
  let total = 0;
  for (let page = 1; page <= PRINT_MAX / 100; page++) {
    const result = await searchMeetings({ ...filtersToApiQuery({ ...filters, page }, undefined, 100) }, signal);
    meetings.push(...result.items);
    total = result.totalItems;
    if (page >= result.totalPages) break;
  }
  meetings.sort((a, b) => a.day - b.day || a.startTime.localeCompare(b.startTime) || a.name.localeCompare(b.name, 'nl'));
  return { meetings, total };
}

export function usePrintList(filters: MeetingFilters) {
  return useAsync(`print?${filtersToSearchParams(filters).toString()}`, (signal) => loadPrintList(filters, signal));
}
