import { describe, expect, it } from 'vitest';

import { STATUS_LABELS } from '../labels';
import type { ReferralStatus } from '../types';
import { nextStatuses, reasonRequired } from '../utils/transitions';

// The lifecycle of the issue (FHIR Gravity referral Task), written out once more so a slip in either copy shows.
const EXPECTED: Record<ReferralStatus, ReferralStatus[]> = {
  DRAFT: ['REQUESTED', 'ENTERED_IN_ERROR'],
  REQUESTED: ['ACCEPTED', 'REJECTED', 'CANCELLED', 'ENTERED_IN_ERROR'],
  ACCEPTED: ['IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED', 'CANCELLED', 'ENTERED_IN_ERROR'],
  IN_PROGRESS: ['ON_HOLD', 'COMPLETED', 'FAILED', 'CANCELLED', 'ENTERED_IN_ERROR'],
  ON_HOLD: ['IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED', 'ENTERED_IN_ERROR'],
  REJECTED: ['ENTERED_IN_ERROR'],
  CANCELLED: ['ENTERED_IN_ERROR'],
  COMPLETED: ['ENTERED_IN_ERROR'],
  FAILED: ['ENTERED_IN_ERROR'],
  ENTERED_IN_ERROR: [],
};
const ALL = Object.keys(STATUS_LABELS) as ReferralStatus[];

describe('referral lifecycle in the web client', () => {
  it.each(ALL)('offers from %s exactly the allowed next statuses', (from) => {
    expect(new Set(nextStatuses(from))).toEqual(new Set(EXPECTED[from]));
  });

  it('asks a reason for rejected, cancelled, on hold and failed only', () => {
    expect(ALL.filter(reasonRequired).sort()).toEqual(['CANCELLED', 'FAILED', 'ON_HOLD', 'REJECTED']);
  });
});
