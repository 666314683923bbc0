import { unwrap } from './api-client';

/**
 * Versioned writes (the backend's common/concurrency): read a resource with its ETag, send that ETag back in
 * If-Match with the next write. The ETag is opaque; a missing If-Match is answered 428, a stale one 412.
 */

/** A resource as read, with the ETag its next write sends back. */
export type Tagged<T> = { data: T; etag: string };

/** The If-Match header of a versioned write, for an openapi-fetch call's `params.header`. */
export function ifMatch(etag: string): { 'If-Match': string } {
  return { 'If-Match': etag };
}

/** Runs one API call like `unwrap` and keeps the ETag header of the answer. */
export async function unwrapTagged<R extends { data?: unknown; error?: unknown; response: Response }>(
  call: Promise<R>,
): Promise<Tagged<NonNullable<R['data']>>> {
  let etag = '';
  const data = await unwrap(
    call.then((result) => {
      etag = result.response.headers.get('ETag') ?? '';
      return result;
    }),
  );
  return { data, etag };
}
