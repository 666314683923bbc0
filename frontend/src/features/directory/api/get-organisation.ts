import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';
import type { OrganisationDetail } from '@/types/api-models';

/** GET /api/v1/organisations/{id} (public); 404 when the id is unknown. */
export function getOrganisation(id: string, signal?: AbortSignal): Promise<OrganisationDetail> {
  return unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal }));
}

export function useOrganisation(id: string) {
  return useAsync(`organisation/${id}`, (signal) => getOrganisation(id, signal));
}
