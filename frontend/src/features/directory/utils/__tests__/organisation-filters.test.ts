import { describe, expect, it } from 'vitest';

import {
  EMPTY_FILTERS,
  filtersFromSearchParams,
  filtersToApiQuery,
  filtersToSearchParams,
} from '../organisation-filters';

const parse = (qs: string) => filtersFromSearchParams(new URLSearchParams(qs));

describe('query string ↔ filters', () => {
  it('reads all filters from the query string', () => {
    expect(parse('q=anon&audience=PARTNER&behaviour=ALCOHOL&approach=TWELVE_STEP&kind=FAMILY_GROUP&country=NL&page=2')).toEqual({
      q: 'anon',
      audience: 'PARTNER',
      behaviour: 'ALCOHOL',
      approach: 'TWELVE_STEP',
      kind: 'FAMILY_GROUP',
      country: 'NL',
      page: 2,
    });
  });

  it('starts empty on page 1 without a query string', () => {
    expect(parse('')).toEqual({ ...EMPTY_FILTERS, audience: undefined, behaviour: undefined, approach: undefined, kind: undefined, country: undefined });
  });

  it('ignores unknown codes, wrong case and bad page numbers', () => {
    const f = parse('audience=partner&kind=NOPE&country=DE&page=-3');
    expect(f.audience).toBeUndefined();
    expect(f.kind).toBeUndefined();
    expect(f.country).toBeUndefined();
    expect(f.page).toBe(1);
    expect(parse('page=1.5').page).toBe(1);
    expect(parse('page=abc').page).toBe(1);
    expect(parse('audience=constructor').audience).toBeUndefined();
  });

  it('writes only filters that are set, and no page 1', () => {
    expect(filtersToSearchParams({ q: '  ', page: 1 }).toString()).toBe('');
    expect(filtersToSearchParams({ q: 'al anon ', audience: 'PARTNER', page: 1 }).toString()).toBe('q=al+anon&audience=PARTNER');
    expect(filtersToSearchParams({ q: '', country: 'BE', page: 3 }).toString()).toBe('country=BE&page=3');
  });

  it('survives a round trip', () => {
    const qs = 'q=gokken&audience=RELATIVE&behaviour=GAMBLING&approach=SECULAR&kind=SUPPORT_POINT&country=BE&page=4';
    expect(filtersToSearchParams(parse(qs)).toString()).toBe(qs);
  });

  it('builds the API query with page and size', () => {
    expect(filtersToApiQuery(parse('audience=PARTNER&page=2'))).toEqual({ page: 2, size: 20, audience: 'PARTNER' });
    expect(filtersToApiQuery(parse('q=%20aa%20'), 50)).toEqual({ page: 1, size: 50, q: 'aa' });
  });
});
