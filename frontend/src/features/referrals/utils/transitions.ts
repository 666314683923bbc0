import type { ReferralStatus } from '../types';

// The lifecycle of the FHIR Gravity referral Task, as the backend's ReferralTransitions enforces it (409 otherwise).
// Kept here only to offer the care worker the choices that can work; the server stays the judge.
const NEXT: Partial<Record<ReferralStatus, ReferralStatus[]>> = {
  DRAFT: ['REQUESTED'],
  REQUESTED: ['ACCEPTED', 'REJECTED', 'CANCELLED'],
  ACCEPTED: ['IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED', 'CANCELLED'],
  IN_PROGRESS: ['ON_HOLD', 'COMPLETED', 'FAILED', 'CANCELLED'],
  ON_HOLD: ['IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED'],
};

const REASON_REQUIRED: ReadonlySet<ReferralStatus> = new Set(['REJECTED', 'CANCELLED', 'ON_HOLD', 'FAILED']);

export const MAX_REASON_LENGTH = 500;

/** The statuses a referral in `from` can move to; "entered in error" is always possible, except from itself. */
export function nextStatuses(from: ReferralStatus): ReferralStatus[] {
  const next = NEXT[from] ?? [];
  return from === 'ENTERED_IN_ERROR' ? next : [...next, 'ENTERED_IN_ERROR'];
}

export function reasonRequired(to: ReferralStatus): boolean {
  return REASON_REQUIRED.has(to);
}
