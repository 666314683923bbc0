import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';
import type { ReportPage, VerificationPage } from '@/types/api-models';

/** GET /api/v1/admin/verification-queue (coordinator, beheerder). */
export function useVerificationQueue(refresh: number, enabled: boolean) {
  return useAsync<VerificationPage>(enabled ? `verification-queue:${refresh}` : null, (signal) =>
    unwrap(api.GET('/api/v1/admin/verification-queue', { params: { query: { size: 50 } }, signal })),
  );
}

/** GET /api/v1/admin/reports (coordinator, beheerder): open reports, oldest first. */
export function useOpenReports(refresh: number, enabled: boolean) {
  return useAsync<ReportPage>(enabled ? `reports:${refresh}` : null, (signal) =>
    unwrap(api.GET('/api/v1/admin/reports', { params: { query: { size: 50 } }, signal })),
  );
}

export function verifyGroup(slug: string) {
  return unwrap(api.POST('/api/v1/groups/{slug}/verify', { params: { path: { slug }, header: {} } }));
}

export function handleReport(id: number, action: 'resolve' | 'reject') {
  return action === 'resolve'
    ? unwrap(api.POST('/api/v1/admin/reports/{id}/resolve', { params: { path: { id } } }))
    : unwrap(api.POST('/api/v1/admin/reports/{id}/reject', { params: { path: { id } } }));
}
