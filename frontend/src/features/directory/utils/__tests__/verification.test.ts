import { describe, expect, it } from 'vitest';

import { isOutdated, outdatedYears, verifiedYear } from '../verification';

const now = new Date('2026-06-15T12:00:00Z');

describe('verification date', () => {
  it('takes the year of the date', () => {
    expect(verifiedYear('2004-01-01')).toBe(2004);
  });

  it('calls data older than one year outdated', () => {
    expect(isOutdated('2004-01-01', now)).toBe(true);
    expect(isOutdated('2025-06-14', now)).toBe(true);
    expect(isOutdated('2025-06-16', now)).toBe(false);
    expect(isOutdated('2026-01-01', now)).toBe(false);
    expect(isOutdated('not a date', now)).toBe(true);
  });

  it('names the year or years of outdated items once', () => {
    expect(outdatedYears(['2004-01-01', '2004-05-01'], now)).toBe('2004');
    expect(outdatedYears(['2002-01-01', '2004-05-01', '2026-01-01'], now)).toBe('2002 tot 2004');
    expect(outdatedYears(['2026-01-01'], now)).toBeUndefined();
    expect(outdatedYears([], now)).toBeUndefined();
  });
});
