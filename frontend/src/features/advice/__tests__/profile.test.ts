import { describe, expect, it } from 'vitest';

import { EMPTY_ANSWERS, missingAnswers, toRequest, toggle } from '../utils/profile';

describe('advice profile', () => {
  it('sends only what was answered', () => {
    expect(toRequest({ ...EMPTY_ANSWERS, relation: 'PARTNER', behaviours: ['ALCOHOL'] })).toEqual({
      relation: 'PARTNER',
      behaviours: ['ALCOHOL'],
      riskSignals: [],
    });
  });

  it('sends the questions about the client only when the client asks', () => {
    const answers = {
      ...EMPTY_ANSWERS,
      relation: 'PERSON' as const,
      behaviours: ['DRUGS' as const],
      abstinenceWish: 'yes' as const,
      medication: ['METHADONE' as const],
      mildIntellectualDisability: true,
    };
    expect(toRequest(answers)).toMatchObject({ abstinenceWish: true, medication: ['METHADONE'], mildIntellectualDisability: true });
    expect(toRequest({ ...answers, relation: 'PARENT' })).not.toHaveProperty('medication');
  });

  it('sends the preferences of whoever asks, also for a relative', () => {
    const answers = {
      ...EMPTY_ANSWERS,
      relation: 'CHILD' as const,
      behaviours: ['ALCOHOL' as const],
      ageBand: 'UNDER_18' as const,
      language: 'nl',
      womenOnly: true,
      approach: 'SECULAR' as const,
    };
    expect(toRequest(answers)).toMatchObject({ ageBand: 'UNDER_18', language: 'nl', womenOnly: true, approach: 'SECULAR' });
    expect(toRequest({ ...answers, womenOnly: false, language: undefined })).not.toHaveProperty('womenOnly');
  });

  it('asks for the two required answers in Dutch', () => {
    expect(missingAnswers(0, EMPTY_ANSWERS)).toEqual({ relation: 'Kies voor wie de hulp is.' });
    expect(missingAnswers(1, EMPTY_ANSWERS)).toEqual({ behaviours: 'Kies minstens één middel of gedrag.' });
    expect(missingAnswers(2, EMPTY_ANSWERS)).toEqual({});
  });

  it('toggles values in a list', () => {
    expect(toggle(['A'], 'B', true)).toEqual(['A', 'B']);
    expect(toggle(['A', 'B'], 'A', false)).toEqual(['B']);
  });
});
