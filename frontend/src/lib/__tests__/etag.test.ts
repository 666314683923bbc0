import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';

import { api, ApiError } from '../api-client';
import { ifMatch, unwrapTagged } from '../etag';

describe('versioned writes', () => {
  it('keeps the ETag of a read, to send back in If-Match', async () => {
    server.use(http.get('*/api/v1/groups/:slug', () => HttpResponse.json({ slug: 'x' }, { headers: { ETag: '"v7"' } })));
    const read = await unwrapTagged(api.GET('/api/v1/groups/{slug}', { params: { path: { slug: 'x' } } }));
    expect(read).toEqual({ data: { slug: 'x' }, etag: '"v7"' });
    expect(ifMatch(read.etag)).toEqual({ 'If-Match': '"v7"' });
  });

  it('fails like unwrap when the read fails', async () => {
    server.use(
      http.get('*/api/v1/groups/:slug', () =>
        HttpResponse.json({ status: 404, title: 'Niet gevonden' }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    await expect(unwrapTagged(api.GET('/api/v1/groups/{slug}', { params: { path: { slug: 'x' } } }))).rejects.toBeInstanceOf(
      ApiError,
    );
  });
});
