import { describe, expect, it } from 'vitest';

import { checkId, choiceFromSearchParams, choiceToApiQuery, choiceToSearchParams } from '../guide-params';

describe('guide parameters', () => {
  it('reads known codes from the query string and ignores unknown ones', () => {
    expect(choiceFromSearchParams(new URLSearchParams('fase=INTAKE&route=NAASTEN&niveau=VERWIJZING'))).toEqual({
      phase: 'INTAKE',
      variant: 'NAASTEN',
      level: 'VERWIJZING',
    });
    expect(choiceFromSearchParams(new URLSearchParams('fase=ONZIN&route=x'))).toEqual({
      phase: undefined,
      variant: undefined,
      level: undefined,
    });
  });

  it('writes the choice back in a fixed order and maps it to the API query', () => {
    const choice = { phase: 'NAZORG', variant: 'LVB' } as const;
    expect(choiceToSearchParams(choice).toString()).toBe('fase=NAZORG&route=LVB');
    expect(choiceToApiQuery(choice)).toEqual({ phase: 'NAZORG', variant: 'LVB' });
    expect(choiceToSearchParams({}).toString()).toBe('');
  });

  it('makes one id per checklist item', () => {
    expect(checkId('algemeen', 'intake', 0)).toBe('algemeen/intake/0');
  });
});
