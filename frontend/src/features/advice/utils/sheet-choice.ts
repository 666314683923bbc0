import type { AdviceResponse, CandidateAdvice } from '../api/create-advice';

/** The key of one organisation or group in the advice. */
export function candidateKey(c: Pick<CandidateAdvice, 'organisationId' | 'groupId'>): string {
  return c.organisationId + (c.groupId ? `/${c.groupId}` : '');
}

/** What goes on the client's sheet until the worker changes it: the first five that fit now or may fit. */
export function defaultSheetChoice(advice: AdviceResponse): string[] {
  return advice.candidates
    .filter((c) => c.verdict === 'FITS_NOW' || c.verdict === 'MAY_FIT')
    .slice(0, 5)
    .map(candidateKey);
}

/** The chosen candidates, in the advice's order. */
export function chosenCandidates(advice: AdviceResponse, chosen: readonly string[]): CandidateAdvice[] {
  return advice.candidates.filter((c) => chosen.includes(candidateKey(c)));
}
