import { api, unwrap } from '@/lib/api-client';
import { ifMatch } from '@/lib/etag';

import type { PathwayList, PathwayStep, StepInput, VersionDetail } from '../types';

/** GET /api/v1/pathways: all published pathways (to choose one to edit). */
export function getAllPathways(signal?: AbortSignal): Promise<PathwayList> {
  return unwrap(api.GET('/api/v1/pathways', { signal }));
}

/** The open draft, or null when there is none (404). */
export async function getDraft(id: string, signal?: AbortSignal): Promise<VersionDetail | null> {
  const call = api.GET('/api/v1/pathways/{id}/draft', { params: { path: { id } }, signal });
  const status = await call.then(
    (r) => r.response.status,
    () => 0,
  );
  if (status === 404) return null;
  return unwrap(call);
}

export function createDraft(id: string): Promise<VersionDetail> {
  return unwrap(api.POST('/api/v1/pathways/{id}/versions', { params: { path: { id } } }));
}

export function saveStep(draft: VersionDetail, key: string, input: StepInput): Promise<VersionDetail> {
  return unwrap(
    api.PUT('/api/v1/pathways/{id}/versions/{number}/steps/{key}', {
      params: { path: { id: draft.pathwayId, number: String(draft.number), key }, header: ifMatch(draft.etag) },
      body: input,
    }),
  );
}

export function publishDraft(draft: VersionDetail): Promise<VersionDetail> {
  return unwrap(
    api.POST('/api/v1/pathways/{id}/versions/{number}/publish', {
      params: { path: { id: draft.pathwayId, number: String(draft.number) }, header: ifMatch(draft.etag) },
    }),
  );
}

export async function discardDraft(draft: VersionDetail): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/pathways/{id}/versions/{number}', {
      params: { path: { id: draft.pathwayId, number: String(draft.number) }, header: ifMatch(draft.etag) },
    }),
  );
}

/** The input for saving a step: the edited fields, with materials, checklist and guidance kept as they are. */
export function toStepInput(step: PathwayStep): StepInput {
  return {
    phases: [...step.phases],
    level: step.level,
    title: step.title,
    action: step.action,
    actors: [...step.actors],
    inference: step.inference,
    note: step.note,
    materials: step.materials,
    checklist: step.checklist,
    guidance: step.guidance.map((g) => ({ ...g })),
    source: step.source,
  };
}
