import { useAsync } from '@/hooks/use-async';
import { api, unwrap } from '@/lib/api-client';
import type { Me } from '@/types/api-models';

/** GET /api/v1/me: who the backend thinks we are (needs the bearer token). */
export function getMe(signal?: AbortSignal): Promise<Me> {
  return unwrap(api.GET('/api/v1/me', { signal }));
}

/** Loads /me for the given user (by subject); `undefined` means nobody is logged in. */
export function useMe(subject: string | undefined) {
  return useAsync(subject ? `me/${subject}` : null, (signal) => getMe(signal));
}
