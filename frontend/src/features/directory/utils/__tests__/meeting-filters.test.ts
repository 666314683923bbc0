import { describe, expect, it } from 'vitest';

import {
  EMPTY_FILTERS,
  filtersFromSearchParams,
  filtersToApiQuery,
  filtersToSearchParams,
  isoDayInAmsterdam,
  resolveDay,
} from '../meeting-filters';

// Wednesday 25 November 2026, 12:00 in Amsterdam.
const WEDNESDAY_NOON = new Date('2026-11-25T11:00:00Z');

describe('meeting filters in the URL', () => {
  it('shows today when the URL has no day', () => {
    expect(filtersFromSearchParams(new URLSearchParams(''))).toEqual(EMPTY_FILTERS);
    expect(filtersToSearchParams(EMPTY_FILTERS).toString()).toBe('');
  });

  it('reads and writes every filter', () => {
    const qs = 'q=aa&place=Utrecht&day=1&time_of_day=EVENING&attendance=ONLINE&audience=PARTNER&behaviour=ALCOHOL&approach=TWELVE_STEP&kind=FAMILY_GROUP&accessibility=WHEELCHAIR&language=en&country=BE&open=true&page=2';
    const filters = filtersFromSearchParams(new URLSearchParams(qs));
    expect(filters).toMatchObject({
      q: 'aa',
      place: 'Utrecht',
      day: 1,
      timeOfDay: 'EVENING',
      attendance: 'ONLINE',
      audience: 'PARTNER',
      accessibility: 'WHEELCHAIR',
      language: 'en',
      country: 'BE',
      open: 'true',
      page: 2,
    });
    expect(filtersToSearchParams(filters).toString()).toBe(qs);
  });

  it('keeps "all days" and drops unknown codes and bad numbers', () => {
    const filters = filtersFromSearchParams(new URLSearchParams('day=all&time_of_day=LUNCH&page=-1&country=DE'));
    expect(filters).toEqual({ ...EMPTY_FILTERS, day: 'all' });
    expect(filtersFromSearchParams(new URLSearchParams('day=9')).day).toBe('today');
  });
});

describe('meeting filters for the API', () => {
  it('turns "today" into the ISO day in Amsterdam', () => {
    expect(isoDayInAmsterdam(WEDNESDAY_NOON)).toBe(3);
    // 23:30 UTC on Sunday is already Monday in Amsterdam.
    expect(isoDayInAmsterdam(new Date('2026-11-29T23:30:00Z'))).toBe(1);
    expect(resolveDay('today', WEDNESDAY_NOON)).toBe(3);
    expect(resolveDay('all', WEDNESDAY_NOON)).toBeUndefined();
    expect(filtersToApiQuery(EMPTY_FILTERS, WEDNESDAY_NOON)).toEqual({ page: 1, size: 20, day: 3 });
  });

  it('passes the filters under the API names and leaves out the day for all days', () => {
    expect(
      filtersToApiQuery({ ...EMPTY_FILTERS, day: 'all', timeOfDay: 'NIGHT', place: ' Gent ', language: 'fr' }, WEDNESDAY_NOON),
    ).toEqual({ page: 1, size: 20, time_of_day: 'NIGHT', place: 'Gent', language: 'fr' });
  });

  it('asks for open or closed meetings as true or false', () => {
    expect(filtersToApiQuery({ ...EMPTY_FILTERS, day: 'all', open: 'true' })).toEqual({ page: 1, size: 20, open: true });
    expect(filtersToApiQuery({ ...EMPTY_FILTERS, day: 'all', open: 'false' })).toEqual({ page: 1, size: 20, open: false });
    expect(filtersFromSearchParams(new URLSearchParams('open=ja')).open).toBeUndefined();
  });
});

describe('searching nearby', () => {
  it('reads and writes lat/lon rounded to about 1 km, and the radius', () => {
    const filters = filtersFromSearchParams(new URLSearchParams('lat=52.09071&lon=5.12142&radius_km=10'));
    expect(filters.near).toEqual({ lat: 52.09, lon: 5.12, radiusKm: 10 });
    expect(filtersToSearchParams(filters).toString()).toBe('lat=52.09&lon=5.12&radius_km=10');
    expect(filtersToApiQuery(filters, WEDNESDAY_NOON)).toMatchObject({ lat: 52.09, lon: 5.12, radius_km: 10 });
  });

  it('ignores half or impossible points and unknown radii', () => {
    expect(filtersFromSearchParams(new URLSearchParams('lat=52.1')).near).toBeUndefined();
    expect(filtersFromSearchParams(new URLSearchParams('lat=95&lon=5')).near).toBeUndefined();
    expect(filtersFromSearchParams(new URLSearchParams('lat=52&lon=5&radius_km=7')).near?.radiusKm).toBe(25);
  });
});

describe('place or postcode (near)', () => {
  it('round-trips through the URL and goes to the API as near with the radius', () => {
    const filters = filtersFromSearchParams(new URLSearchParams('near=Zeist&radius_km=10&lat=52&lon=5'));
    expect(filters.around).toEqual({ place: 'Zeist', radiusKm: 10 });
    expect(filters.near).toBeUndefined();
    expect(filtersToSearchParams(filters).toString()).toBe('near=Zeist&radius_km=10');
    expect(filtersToApiQuery({ ...filters, day: 'all' })).toEqual({ page: 1, size: 20, near: 'Zeist', radius_km: 10 });
  });

  it('uses the default radius when the URL has none or an unknown one', () => {
    expect(filtersFromSearchParams(new URLSearchParams('near=3511&radius_km=7')).around).toEqual({ place: '3511', radiusKm: 25 });
  });
});
