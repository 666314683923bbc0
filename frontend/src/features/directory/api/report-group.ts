import { api, unwrap } from '@/lib/api-client';
import type { ReportWrite } from '@/types/api-models';

/** POST /api/v1/groups/{slug}/reports (public): "meld onjuiste informatie". */
export function reportGroup(slug: string, body: ReportWrite) {
  return unwrap(api.POST('/api/v1/groups/{slug}/reports', { params: { path: { slug } }, body }));
}
