import { api, unwrap } from '@/lib/api-client';
import { ifMatch, unwrapTagged, type Tagged } from '@/lib/etag';

import type { CheckinLink, Referral, ReferralCreate, ReferralOutcome, ReferralStatus, WorklistItem } from '../types';

/** POST /api/v1/referrals; the same key for every try of one form, so a double click never makes two referrals. */
export function createReferral(body: ReferralCreate, idempotencyKey: string): Promise<Referral> {
  return unwrap(api.POST('/api/v1/referrals', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
}

/** GET /api/v1/referrals/{id}, with the ETag for the next change. */
export function getReferral(id: string, signal?: AbortSignal): Promise<Tagged<Referral>> {
  return unwrapTagged(api.GET('/api/v1/referrals/{id}', { params: { path: { id } }, signal }));
}

/** GET /api/v1/referrals/worklist: what needs the care worker's attention. */
export async function getWorklist(signal?: AbortSignal): Promise<WorklistItem[]> {
  return (await unwrap(api.GET('/api/v1/referrals/worklist', { signal }))).items;
}

/** POST /api/v1/referrals/{id}/transitions with If-Match (412 when someone else changed it meanwhile). */
export function changeStatus(id: string, etag: string, status: ReferralStatus, reason?: string): Promise<Tagged<Referral>> {
  return unwrapTagged(
    api.POST('/api/v1/referrals/{id}/transitions', {
      params: { path: { id }, header: ifMatch(etag) },
      body: { status, reason: reason || undefined },
    }),
  );
}

/** PUT /api/v1/referrals/{id}/outcome with If-Match. */
export function saveOutcome(id: string, etag: string, outcome: ReferralOutcome): Promise<Tagged<Referral>> {
  return unwrapTagged(
    api.PUT('/api/v1/referrals/{id}/outcome', { params: { path: { id }, header: ifMatch(etag) }, body: outcome }),
  );
}

/** POST /api/v1/referrals/{id}/check-in-link: a new one-time link; the server does not keep the link itself. */
export function createCheckinLink(id: string): Promise<CheckinLink> {
  return unwrap(api.POST('/api/v1/referrals/{id}/check-in-link', { params: { path: { id } } }));
}
