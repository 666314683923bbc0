import { api, unwrap } from '@/lib/api-client';

import type { SurveyQuestionList, SurveyRound, SurveyRoundList } from '../types';

export function getSurveyQuestions(signal?: AbortSignal): Promise<SurveyQuestionList> {
  return unwrap(api.GET('/api/v1/implementation/survey/questions', { signal }));
}

export function getSurveyRounds(signal?: AbortSignal): Promise<SurveyRoundList> {
  return unwrap(api.GET('/api/v1/implementation/survey/rounds', { signal }));
}

export function openSurveyRound(kind: 'BASELINE' | 'FOLLOW_UP', label: string): Promise<SurveyRound> {
  return unwrap(api.POST('/api/v1/implementation/survey/rounds', { body: { kind, label } }));
}

export function closeSurveyRound(id: number): Promise<SurveyRound> {
  return unwrap(api.POST('/api/v1/implementation/survey/rounds/{id}/close', { params: { path: { id: String(id) } } }));
}

/** Sends one anonymous response: per question the chosen option indexes, or one scale point (1–5). */
export async function respondToSurvey(id: number, answers: { question: string; values: number[] }[]): Promise<void> {
  await unwrap(
    api.POST('/api/v1/implementation/survey/rounds/{id}/responses', { params: { path: { id: String(id) } }, body: { answers } }),
  );
}
