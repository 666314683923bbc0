import { describe, expect, it } from 'vitest';

import { dateTimeFormat } from '../date-time-format';

describe('dateTimeFormat', () => {
  it('makes one format per locale and options, and reuses it', () => {
    const a = dateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
    expect(dateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })).toBe(a);
    expect(dateTimeFormat('nl-NL', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit' })).not.toBe(a);
    expect(dateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })).not.toBe(a);
  });

  it('formats like a new Intl.DateTimeFormat', () => {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long' };
    const instant = new Date('2026-12-02T18:30:00Z');
    expect(dateTimeFormat('nl-NL', options).format(instant)).toBe(new Intl.DateTimeFormat('nl-NL', options).format(instant));
    expect(dateTimeFormat('nl-NL', options).format(instant)).toBe('woensdag 2 december');
  });
});
