import { describe, expect, it } from 'vitest';

import { monthlyGent, onlineNow, utrechtMonday } from '../../testing/meetings-data';
import { addressText, icsUrl, nextStartText, routeUrl, scheduleText } from '../schedule';

describe('when a meeting is', () => {
  it('says the weekly and monthly schedule in Dutch', () => {
    expect(scheduleText(utrechtMonday)).toBe('Elke maandag, 19:30–21:00');
    expect(scheduleText(monthlyGent)).toBe('Elke tweede vrijdag van de maand, 20:00–22:00');
    expect(scheduleText({ ...monthlyGent, weekOfMonth: -1, endTime: undefined })).toBe(
      'Elke laatste vrijdag van de maand, 20:00',
    );
  });

  it('says vandaag, morgen or the date of the next meeting', () => {
    const m = { nextStart: '2026-11-30T19:30:00+01:00', timeZone: 'Europe/Amsterdam' };
    expect(nextStartText(m, new Date('2026-11-30T08:00:00Z'))).toBe('vandaag om 19:30');
    expect(nextStartText(m, new Date('2026-11-29T08:00:00Z'))).toBe('morgen om 19:30');
    expect(nextStartText(m, new Date('2026-11-25T08:00:00Z'))).toBe('maandag 30 november om 19:30');
  });
});

describe('where a meeting is', () => {
  it('gives the address, and only the town when the address is approximate', () => {
    expect(addressText(utrechtMonday.location)).toBe('Buurthuis De Linde, Lindelaan 12, 3511 AB Utrecht');
    expect(addressText(monthlyGent.location)).toBe('Gent');
    expect(addressText(onlineNow.location)).toBe('');
  });

  it('links a route only to a known address', () => {
    expect(routeUrl(utrechtMonday.location)).toBe('https://www.openstreetmap.org/directions?route=%3B52.09%2C5.12');
    expect(routeUrl({ ...utrechtMonday.location!, latitude: undefined, longitude: undefined })).toBe(
      'https://www.openstreetmap.org/search?query=Lindelaan%2012%2C%203511%20AB%2C%20Utrecht',
    );
    expect(routeUrl(monthlyGent.location)).toBeUndefined();
    expect(routeUrl(undefined)).toBeUndefined();
  });

  it('links the agenda file of the backend', () => {
    expect(icsUrl('aa-utrecht-centrum-ma')).toBe('/api/v1/meetings/aa-utrecht-centrum-ma/ics');
  });
});
