import { describe, expect, it } from 'vitest';

import { countText, daysText, keyLabel, percent, summarize } from '../utils/report-text';

describe('report texts', () => {
  it('shows a hidden count as "< 5", never as 0', () => {
    expect(countText(undefined)).toBe('< 5');
    expect(countText(0)).toBe('0');
    expect(countText(12)).toBe('12');
  });

  it('summarises the total, the largest shown count and how many are hidden', () => {
    expect(summarize({ dimension: 'ROUTE', total: 30, cells: [
      { key: 'DIRECT', count: 7 }, { key: 'VIA_MAKELAAR', count: 20 }, { key: 'VIA_CONTACT_PERSON' },
    ] })).toBe('In totaal 30. Het meest: Via makelaar (20). Verborgen: 1 (kleiner dan 5 of terug te rekenen).');
    expect(summarize({ dimension: 'ROUTE', cells: [{ key: 'DIRECT' }, { key: 'VIA_MAKELAAR' }] }))
      .toBe('Het totaal is verborgen. Verborgen: 2 (kleiner dan 5 of terug te rekenen).');
    expect(summarize({ dimension: 'MONTH', total: 0, cells: [] })).toBe('Geen verwijzingen in deze periode.');
  });

  it('labels codes in Dutch and leaves months and ids as they are', () => {
    expect(keyLabel('ON_TIME')).toBe('Op tijd');
    expect(keyLabel('2026-11')).toBe('2026-11');
    expect(keyLabel('aa-nederland', { 'aa-nederland': 'Anonieme Alcoholisten Nederland' })).toBe('Anonieme Alcoholisten Nederland');
  });

  it('writes shares as percentages', () => {
    expect(percent(0.456)).toBe('46%');
    expect(percent(undefined)).toBe('verborgen (te weinig verwijzingen)');
  });

  it('says in words when the days to the first meeting are hidden', () => {
    expect(daysText({ referrals: 40, median: 6, p90: 13.5 }))
      .toBe('de helft binnen 6 dagen, 9 van de 10 binnen 13.5 dagen (over 40 verwijzingen)');
    expect(daysText({})).toBe('verborgen, want minder dan 5 verwijzingen hebben een eerste bijeenkomst');
  });
});
