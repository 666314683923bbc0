import { api, unwrap } from '@/lib/api-client';

import type { CheckinAnswer, CheckinQuestion, NotForMeReason } from '../types';

/** GET /api/v1/check-in/{token} (public): the question, or 404 when the link no longer works. */
export function getCheckin(token: string, signal?: AbortSignal): Promise<CheckinQuestion> {
  return unwrap(api.GET('/api/v1/check-in/{token}', { params: { path: { token } }, signal }));
}

/** POST /api/v1/check-in/{token} (public): the client's answer. */
export async function answerCheckin(token: string, answer: CheckinAnswer, reason?: NotForMeReason): Promise<void> {
  await unwrap(api.POST('/api/v1/check-in/{token}', { params: { path: { token } }, body: { answer, reason } }));
}
