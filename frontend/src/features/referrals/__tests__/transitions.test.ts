import { describe, expect, it } from 'vitest';

import { fakeReferral } from '@/testing/mocks/handlers/referrals';

import { nextStatuses, reasonRequired } from '../utils/transitions';

describe('referral status choices in the web client', () => {
  const referral = fakeReferral({
    allowedTransitions: [
      { status: 'ACCEPTED', reasonRequired: false },
      { status: 'CANCELLED', reasonRequired: true },
    ],
  });

  it('offers exactly the statuses the server allows for this referral', () => {
    expect(nextStatuses(referral)).toEqual(['ACCEPTED', 'CANCELLED']);
    expect(nextStatuses(fakeReferral({ allowedTransitions: [] }))).toEqual([]);
  });

  it('asks a reason only where the server says so', () => {
    expect(reasonRequired(referral, 'CANCELLED')).toBe(true);
    expect(reasonRequired(referral, 'ACCEPTED')).toBe(false);
    expect(reasonRequired(referral, 'FAILED')).toBe(false);
  });
});
