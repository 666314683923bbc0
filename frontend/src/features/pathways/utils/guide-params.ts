import { LEVEL_LABELS, PHASE_LABELS, VARIANT_LABELS } from '../labels';
import type { IntegrationLevel, PathwayQuery, PathwayVariant, TreatmentPhase } from '../types';

/** What the guide asks: a phase (needed), and optionally a route (variant) and the institution's level. */
export type GuideChoice = {
  phase?: TreatmentPhase;
  variant?: PathwayVariant;
  level?: IntegrationLevel;
};

function pick<T extends string>(labels: Record<T, string>, raw: string | null): T | undefined {
  return raw !== null && raw in labels ? (raw as T) : undefined;
}

/** Reads the choice from the query string; unknown values are ignored. */
export function choiceFromSearchParams(params: URLSearchParams): GuideChoice {
  return {
    phase: pick(PHASE_LABELS, params.get('fase')),
    variant: pick(VARIANT_LABELS, params.get('route')),
    level: pick(LEVEL_LABELS, params.get('niveau')),
  };
}

export function choiceToSearchParams(choice: GuideChoice): URLSearchParams {
  const params = new URLSearchParams();
  if (choice.phase) params.set('fase', choice.phase);
  if (choice.variant) params.set('route', choice.variant);
  if (choice.level) params.set('niveau', choice.level);
  return params;
}

export function choiceToApiQuery(choice: GuideChoice): PathwayQuery {
  const query: PathwayQuery = {};
  if (choice.phase) query.phase = choice.phase;
  if (choice.variant) query.variant = choice.variant;
  if (choice.level) query.level = choice.level;
  return query;
}

/** A stable id for a checklist item of one step, for the ticks of this conversation. */
export function checkId(pathwayId: string, stepKey: string, index: number): string {
  return `${pathwayId}/${stepKey}/${index}`;
}
