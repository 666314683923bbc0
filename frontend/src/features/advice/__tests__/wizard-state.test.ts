import { beforeEach, describe, expect, it } from 'vitest';

import { EMPTY_ANSWERS } from '../utils/profile';
import { EMPTY_WIZARD, loadWizard, saveWizard } from '../utils/wizard-state';

describe('wizard state in sessionStorage', () => {
  beforeEach(() => sessionStorage.clear());

  it('gives back what was saved', () => {
    const state = { answers: { ...EMPTY_ANSWERS, relation: 'PARTNER' as const, place: 'Zeist' }, step: 2, showResult: true };
    saveWizard(state);
    expect(loadWizard()).toEqual(state);
  });

  it('starts empty without or with damaged data', () => {
    expect(loadWizard()).toEqual(EMPTY_WIZARD);
    sessionStorage.setItem('zhw-advice-wizard', '{not json');
    expect(loadWizard()).toEqual(EMPTY_WIZARD);
    sessionStorage.setItem('zhw-advice-wizard', JSON.stringify({ step: -3, showResult: 'yes' }));
    expect(loadWizard()).toEqual(EMPTY_WIZARD);
  });
});
