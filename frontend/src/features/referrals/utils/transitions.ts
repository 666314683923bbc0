import type { Referral, ReferralStatus } from '../types';

/** The reason's limit, as in the API (ReferralTransitions.MAX_REASON_LENGTH). */
export const MAX_REASON_LENGTH = 500;

/** The statuses the server says this referral can move to now (its `allowedTransitions`); the server stays the judge. */
export function nextStatuses(referral: Referral): ReferralStatus[] {
  return referral.allowedTransitions.map((allowed) => allowed.status);
}

/** Whether the server asks a reason for moving this referral to `to`. */
export function reasonRequired(referral: Referral, to: ReferralStatus): boolean {
  return referral.allowedTransitions.some((allowed) => allowed.status === to && allowed.reasonRequired);
}
