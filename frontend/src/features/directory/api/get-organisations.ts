import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';
import type { OrganisationPage } from '@/types/api-models';

import { filtersToApiQuery, filtersToSearchParams, type OrganisationFilters } from '../utils/organisation-filters';

/** GET /api/v1/organisations (public). */
export function getOrganisations(filters: OrganisationFilters, signal?: AbortSignal): Promise<OrganisationPage> {
  return unwrap(api.GET('/api/v1/organisations', { params: { query: filtersToApiQuery(filters) }, signal }));
}

export function useOrganisations(filters: OrganisationFilters) {
  const key = filtersToSearchParams(filters).toString();
  return useAsync(`organisations?${key}`, (signal) => getOrganisations(filters, signal));
}
