import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';

import type { PathwayList } from '../types';
import { choiceToApiQuery, choiceToSearchParams, type GuideChoice } from '../utils/guide-params';

/** GET /api/v1/pathways (public): the published pathways, narrowed to a phase, route and level. */
export function getPathways(choice: GuideChoice, signal?: AbortSignal): Promise<PathwayList> {
  return unwrap(api.GET('/api/v1/pathways', { params: { query: choiceToApiQuery(choice) }, signal }));
}

/** Loads only once a phase is chosen. */
export function usePathways(choice: GuideChoice) {
  const key = choice.phase ? `pathways?${choiceToSearchParams(choice).toString()}` : null;
  return useAsync(key, (signal) => getPathways(choice, signal));
}
