import { describe, expect, it } from 'vitest';

import {
  isoDayToday,
  meetingFiltersFromSearchParams,
  meetingFiltersToApiQuery,
  meetingFiltersToSearchParams,
  scheduleText,
} from '../meeting-filters';

describe('meeting filters', () => {
  it('defaults to today and leaves it out of the URL', () => {
    const filters = meetingFiltersFromSearchParams(new URLSearchParams(''));
    expect(filters.day).toBe('today');
    expect(meetingFiltersToSearchParams(filters).toString()).toBe('');
    const wednesday = new Date('2026-01-14T11:00:00Z');
    expect(isoDayToday(wednesday)).toBe('3');
    expect(meetingFiltersToApiQuery(filters, wednesday)).toEqual({ page: 1, size: 20, day: 3 });
  });

  it('ignores unknown codes and sends day=all as no day', () => {
    const filters = meetingFiltersFromSearchParams(new URLSearchParams('day=all&time_of_day=LUNCH&attendance=ONLINE&place=Gent'));
    expect(filters.timeOfDay).toBeUndefined();
    expect(meetingFiltersToApiQuery(filters)).toEqual({ page: 1, size: 20, attendance: 'ONLINE', place: 'Gent' });
  });

  it('writes schedules in Dutch', () => {
    expect(scheduleText({ frequency: 'WEEKLY', day: 3 })).toBe('Elke woensdag');
    expect(scheduleText({ frequency: 'MONTHLY', day: 1, weekOfMonth: 2 })).toBe('Elke tweede maandag van de maand');
    expect(scheduleText({ frequency: 'MONTHLY', day: 5, weekOfMonth: -1 })).toBe('Elke laatste vrijdag van de maand');
  });
});
