import { api, unwrap } from '@/lib/api-client';

import type { MeetingChoice, OrganisationChoice } from '../utils/targets';
import { toMeetingChoice } from '../utils/targets';

const RESULTS = 10;

/** GET /api/v1/organisations?q (the public directory): organisations to refer to, by name. */
export async function searchOrganisations(q: string, signal?: AbortSignal): Promise<OrganisationChoice[]> {
  const page = await unwrap(api.GET('/api/v1/organisations', { params: { query: { q, size: RESULTS } }, signal }));
  return page.items.map(({ id, name }) => ({ id, name }));
}

/** GET /api/v1/meetings?organisation&q (the public directory): one organisation's groups and meetings, by name or place. */
export async function searchMeetings(organisationId: string, q: string, signal?: AbortSignal): Promise<MeetingChoice[]> {
  const query = { organisation: organisationId, q: q || undefined, size: RESULTS };
  const page = await unwrap(api.GET('/api/v1/meetings', { params: { query }, signal }));
  return page.items.map(toMeetingChoice);
}

/** A referral's target as the care worker chose it: the organisation's name and, if any, the group or meeting in words. */
export type TargetText = { organisation: string; meeting?: string };

/** The names of a referral's target in the public directory (GET /api/v1/organisations/{id}, meetings/{slug}, groups/{slug}). */
export async function describeTarget(
  target: { organisationId: string; groupSlug?: string; meetingSlug?: string },
  signal?: AbortSignal,
): Promise<TargetText> {
  const { organisationId: id, groupSlug, meetingSlug } = target;
  const [organisation, meeting] = await Promise.all([
    unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal })),
    meetingSlug
      ? unwrap(api.GET('/api/v1/meetings/{slug}', { params: { path: { slug: meetingSlug } }, signal })).then((m) => toMeetingChoice(m).label)
      : groupSlug
        ? unwrap(api.GET('/api/v1/groups/{slug}', { params: { path: { slug: groupSlug } }, signal })).then((g) => g.name)
        : undefined,
  ]);
  return { organisation: organisation.name, meeting };
}
