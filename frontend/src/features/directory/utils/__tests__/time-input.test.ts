import { describe, expect, it } from 'vitest';

import { normalizeTime } from '../time-input';

describe('normalizeTime', () => {
  it.each([
    ['20.00', '20:00'],
    ['20:00', '20:00'],
    [' 8.30 ', '08:30'],
    ['2000', '20:00'],
    ['20u', '20:00'],
    ['20 uur', '20:00'],
    ['19,45', '19:45'],
  ])('reads %s as %s', (input, expected) => expect(normalizeTime(input)).toBe(expected));

  it('leaves what is not a time for the API to refuse', () => {
    expect(normalizeTime('25.00')).toBe('25.00');
    expect(normalizeTime('avond')).toBe('avond');
    expect(normalizeTime('')).toBe('');
  });
});
