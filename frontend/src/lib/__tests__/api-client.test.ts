import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { logInAs } from '@/testing/login';
import { server } from '@/testing/mocks/server';

import { api, ApiError, NetworkError, unwrap } from '../api-client';

function captureAuthorization() {
  const seen: (string | null)[] = [];
  server.use(
    http.get('*/api/v1/organisations/:id', ({ request }) => {
      seen.push(request.headers.get('Authorization'));
      return HttpResponse.json({ id: 'x' });
    }),
  );
  return seen;
}

describe('api client', () => {
  it('sends no Authorization header when nobody is logged in', async () => {
    const seen = captureAuthorization();
    await api.GET('/api/v1/organisations/{id}', { params: { path: { id: 'x' } } });
    expect(seen).toEqual([null]);
  });

  it('adds the bearer token when logged in', async () => {
    const { accessToken } = await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    const seen = captureAuthorization();
    await api.GET('/api/v1/organisations/{id}', { params: { path: { id: 'x' } } });
    expect(seen).toEqual([`Bearer ${accessToken}`]);
  });

  it('calls the API on the same origin under /api/v1', async () => {
    let url = '';
    server.use(
      http.get('*/api/v1/organisations', ({ request }) => {
        url = request.url;
        return HttpResponse.json({ items: [], page: 2, size: 20, totalItems: 0, totalPages: 0 });
      }),
    );
    await api.GET('/api/v1/organisations', { params: { query: { page: 2, audience: 'PARTNER' } } });
    expect(url).toBe(`${window.location.origin}/api/v1/organisations?page=2&audience=PARTNER`);
  });

  it('turns problem+json into an ApiError with title and detail', async () => {
    const error = await unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id: 'nope' } } })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).problem.title).toBe('Niet gevonden');
  });

  it('reports an unreachable backend (proxy 502 without a problem body) as a NetworkError', async () => {
    server.use(http.get('*/api/v1/organisations/:id', () => new HttpResponse('Bad Gateway', { status: 502 })));
    await expect(unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id: 'x' } } }))).rejects.toBeInstanceOf(
      NetworkError,
    );
  });
});
