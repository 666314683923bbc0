import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch, unwrapTagged } from '@/lib/etag';
import type { OrganisationDetail, OrganisationStatus } from '@/types/api-models';

import type { MeetingWrite, OrganisationCreate, OrganisationWrite } from '../types';

export type OrganisationListQuery = { q?: string; status?: OrganisationStatus; page: number };

/** GET /api/v1/organisations with inactive ones too (the coordinator's list). */
export function useAdminOrganisations(query: OrganisationListQuery, reload: number) {
  const { q, status, page } = query;
  return useAsync(`admin-organisations?${q ?? ''}&${status ?? ''}&${page}&${reload}`, (signal) =>
    unwrap(
      api.GET('/api/v1/organisations', {
        params: { query: { includeInactive: true, page, size: 20, ...(q ? { q } : {}), ...(status ? { status } : {}) } },
        signal,
        cache: 'no-cache',
      }),
    ),
  );
}

/** Every organisation (also inactive ones) by name, to choose the one another falls under. */
export function useOrganisationChoices() {
  return useAsync('organisation-choices', (signal) =>
    unwrap(api.GET('/api/v1/organisations', { params: { query: { includeInactive: true, page: 1, size: 100 } }, signal })),
  );
}

export type OrganisationForEdit = { organisation: OrganisationDetail; etag: string };

/** GET /api/v1/organisations/{id}, with the ETag the next write sends as If-Match. */
export async function getOrganisationForEdit(id: string, signal?: AbortSignal): Promise<OrganisationForEdit> {
  const { data, etag } = await unwrapTagged(
    api.GET('/api/v1/organisations/{id}', { params: { path: { id } }, signal, cache: 'no-cache' }),
  );
  return { organisation: data, etag };
}

export function useOrganisationForEdit(id: string, reload: number) {
  return useAsync(`admin-organisation/${id}/${reload}`, (signal) => getOrganisationForEdit(id, signal));
}

export function useOrganisationHistory(id: string, reload: number) {
  return useAsync(`admin-organisation-history/${id}/${reload}`, (signal) =>
    unwrap(api.GET('/api/v1/organisations/{id}/history', { params: { path: { id } }, signal })),
  );
}

/** POST /api/v1/organisations: a new organisation. */
export function createOrganisation(body: OrganisationCreate) {
  return unwrap(api.POST('/api/v1/organisations', { body }));
}

/** PUT /api/v1/organisations/{id} with If-Match; the contact points are replaced. */
export function updateOrganisation(id: string, etag: string, body: OrganisationWrite) {
  return unwrap(api.PUT('/api/v1/organisations/{id}', { params: { path: { id }, header: ifMatch(etag) }, body }));
}

export function verifyOrganisation(id: string, etag: string) {
  return unwrap(api.POST('/api/v1/organisations/{id}/verify', { params: { path: { id }, header: ifMatch(etag) } }));
}

export function setOrganisationActive(id: string, etag: string, active: boolean) {
  const params = { path: { id }, header: ifMatch(etag) };
  return active
    ? unwrap(api.POST('/api/v1/organisations/{id}/activate', { params }))
    : unwrap(api.POST('/api/v1/organisations/{id}/deactivate', { params }));
}

/** GET /api/v1/admin/meetings/{slug}: every stored field of a meeting, with its ETag. */
export function useMeetingForEdit(slug: string, reload: number) {
  return useAsync(`admin-meeting/${slug}/${reload}`, (signal) =>
    unwrap(api.GET('/api/v1/admin/meetings/{slug}', { params: { path: { slug } }, signal, cache: 'no-cache' })),
  );
}

/** PUT /api/v1/meetings/{slug} with If-Match. */
export function updateMeeting(slug: string, etag: string, body: MeetingWrite) {
  return unwrap(api.PUT('/api/v1/meetings/{slug}', { params: { path: { slug }, header: ifMatch(etag) }, body }));
}
