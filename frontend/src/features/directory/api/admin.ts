import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch, unwrapTagged } from '@/lib/etag';

import type { GroupWrite, MeetingGuideMeeting, MeetingWrite, RegisterQuery, ReportStatus } from '../types';

export function useVerificationQueue(page: number, demo: boolean, reload: number) {
  return useAsync(`verification?${page}&${demo}&${reload}`, (signal) =>
    unwrap(
      api.GET('/api/v1/admin/verification-queue', {
        params: { query: { page, size: 20, ...(demo ? { demo: 'true' } : {}) } },
        signal,
      }),
    ),
  );
}

/** GET /api/v1/admin/groups: the coordinators' register of groups with their meetings. */
export function useGroupRegister(query: RegisterQuery) {
  return useAsync(`register?${JSON.stringify(query)}`, (signal) =>
    unwrap(api.GET('/api/v1/admin/groups', { params: { query }, signal, cache: 'no-cache' })),
  );
}

export function verifyGroup(slug: string, etag: string) {
  return unwrap(api.POST('/api/v1/groups/{slug}/verify', { params: { path: { slug }, header: ifMatch(etag) } }));
}

export function useReports(status: ReportStatus, page: number, reload: number) {
  return useAsync(`reports?${status}&${page}&${reload}`, (signal) =>
    unwrap(api.GET('/api/v1/admin/reports', { params: { query: { status, page, size: 20 } }, signal })),
  );
}

export function handleReport(id: number, action: 'resolve' | 'reject') {
  return action === 'resolve'
    ? unwrap(api.POST('/api/v1/admin/reports/{id}/resolve', { params: { path: { id } } }))
    : unwrap(api.POST('/api/v1/admin/reports/{id}/reject', { params: { path: { id } } }));
}

export function useGroupForEdit(slug: string, reload: number) {
  return useAsync(`admin-group/${slug}/${reload}`, (signal) =>
    // no-cache: the public GET may be cached, and the form needs the newest ETag for If-Match.
    unwrapTagged(api.GET('/api/v1/groups/{slug}', { params: { path: { slug } }, signal, cache: 'no-cache' })),
  );
}

export function updateGroup(slug: string, etag: string, body: GroupWrite) {
  return unwrap(api.PUT('/api/v1/groups/{slug}', { params: { path: { slug }, header: ifMatch(etag) }, body }));
}

export function setGroupActive(slug: string, etag: string, active: boolean) {
  const params = { path: { slug }, header: ifMatch(etag) };
  return active
    ? unwrap(api.POST('/api/v1/groups/{slug}/activate', { params }))
    : unwrap(api.POST('/api/v1/groups/{slug}/deactivate', { params }));
}

export function useGroupHistory(slug: string, reload: number) {
  return useAsync(`history/${slug}/${reload}`, (signal) =>
    unwrap(api.GET('/api/v1/groups/{slug}/history', { params: { path: { slug } }, signal })),
  );
}

export function importMeetingGuide(
  organisation: string,
  dryRun: boolean,
  closeMissing: boolean,
  rows: MeetingGuideMeeting[],
) {
  return unwrap(
    api.POST('/api/v1/admin/imports/meeting-guide', {
      params: { query: { organisation, dryRun, ...(closeMissing ? { closeMissing } : {}) } },
      body: rows,
    }),
  );
}

/** POST /api/v1/groups/{slug}/meetings: a new meeting for the group (If-Match: the group's ETag). */
export function createMeeting(groupSlug: string, etag: string, body: MeetingWrite) {
  return unwrap(
    api.POST('/api/v1/groups/{slug}/meetings', { params: { path: { slug: groupSlug }, header: ifMatch(etag) }, body }),
  );
}

/** POST /api/v1/groups: a new group. */
export function createGroup(body: GroupWrite) {
  return unwrap(api.POST('/api/v1/groups', { body }));
}

/** POST /api/v1/admin/demo-data (beheerder): replace all demo data. */
export function generateDemoData(groups: number, seed?: number) {
  return unwrap(api.POST('/api/v1/admin/demo-data', { params: { query: { groups, ...(seed === undefined ? {} : { seed }) } } }));
}

/** DELETE /api/v1/admin/demo-data (beheerder): remove all demo data. */
export function deleteDemoData() {
  return unwrap(api.DELETE('/api/v1/admin/demo-data', {}));
}
