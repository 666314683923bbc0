import { describe, expect, it } from 'vitest';

import type { components } from '@/types/api';

import { foundMessage, toMeetingChoice } from '../utils/targets';

type MeetingSummary = components['schemas']['MeetingSummary'];

const meeting = (changes: Partial<MeetingSummary>) =>
  ({ slug: 'al-anon-utrecht-di', name: 'Al-Anon Utrecht', groupSlug: 'al-anon-utrecht', groupName: 'Al-Anon Utrecht',
    attendance: 'IN_PERSON', location: { city: 'Utrecht' }, ...changes }) as MeetingSummary;

describe('referral target choices', () => {
  it('names a meeting by group, its own name when that says more, and place', () => {
    expect(toMeetingChoice(meeting({}))).toEqual({ slug: 'al-anon-utrecht-di', groupSlug: 'al-anon-utrecht', label: 'Al-Anon Utrecht, Utrecht' });
    expect(toMeetingChoice(meeting({ name: 'Dinsdagavond' })).label).toBe('Al-Anon Utrecht – Dinsdagavond, Utrecht');
    expect(toMeetingChoice(meeting({ attendance: 'ONLINE', location: undefined })).label).toBe('Al-Anon Utrecht, online');
  });

  it('says in Dutch how many were found, or what to do when none', () => {
    expect(foundMessage(0, 'organisatie')).toBe('Geen organisatie gevonden. Probeer een ander woord.');
    expect(foundMessage(1, 'organisatie')).toBe('1 organisatie gevonden. Kies er een.');
    expect(foundMessage(3, 'bijeenkomst')).toBe('3 bijeenkomsten gevonden. Kies er een.');
  });
});
