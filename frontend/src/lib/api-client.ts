import createClient, { type Middleware } from 'openapi-fetch';

import { env } from '@/config/env';
import type { paths } from '@/types/api';
import type { Problem } from '@/types/api-models';

import { getAccessToken } from './auth';

/** An API answer that was not 2xx, with the problem+json body when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** The backend could not be reached at all (network error, proxy without backend). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network error', { cause });
    this.name = 'NetworkError';
  }
}

const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

/** The single typed client for the Zelfhulpwijzer API. Paths in `api.ts` start with /api/v1. */
export const api = createClient<paths>({
  baseUrl: window.location.origin + env.apiPrefix,
  // Look fetch up at call time (not at creation), so test doubles such as MSW are seen.
  fetch: (request) => globalThis.fetch(request),
  headers: { Accept: 'application/json' },
});
api.use(bearer);

/**
 * Runs one API call and returns its data, or throws ApiError / NetworkError.
 * `call` is one of `api.GET(...)` etc.
 */
export async function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(
  call: Promise<R>,
): Promise<NonNullable<R['data']>> {
  let result: R;
  try {
    result = await call;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new NetworkError(e);
  }
  const { data, error, response } = result;
  if (!response.ok) {
    // A proxy without a running backend answers 502/504 with no problem body.
    if ((response.status === 502 || response.status === 504) && !isProblem(error)) {
      throw new NetworkError(`HTTP ${response.status}`);
    }
    throw new ApiError(response.status, isProblem(error) ? error : {});
  }
  return data as NonNullable<R['data']>;
}

function isProblem(x: unknown): x is Problem {
  return typeof x === 'object' && x !== null && ('title' in x || 'status' in x || 'detail' in x);
}
