import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';
import type { JsonOf } from '@/types/api-models';

export type AdviceRequest = JsonOf<paths['/api/v1/advice']['post']['requestBody']>;
export type AdviceResponse = JsonOf<paths['/api/v1/advice']['post']['responses'][200]>;
export type CandidateAdvice = AdviceResponse['candidates'][number];
export type AdviceReason = CandidateAdvice['reasons'][number];
export type RiskSignalAdvice = AdviceResponse['riskSignals'][number];
export type Verdict = CandidateAdvice['verdict'];

/** POST /api/v1/advice (medewerker, coordinator, epd). The profile is not stored by the server. */
export function createAdvice(request: AdviceRequest, signal?: AbortSignal): Promise<AdviceResponse> {
  return unwrap(api.POST('/api/v1/advice', { body: request, signal }));
}
