import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';
import type { GroupDetail } from '@/types/api-models';

/** GET /api/v1/groups/{slug} (public). */
export function getGroup(slug: string, signal?: AbortSignal): Promise<GroupDetail> {
  return unwrap(api.GET('/api/v1/groups/{slug}', { params: { path: { slug } }, signal }));
}

export function useGroup(slug: string) {
  return useAsync(`group:${slug}`, (signal) => getGroup(slug, signal));
}
