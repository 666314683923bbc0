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
