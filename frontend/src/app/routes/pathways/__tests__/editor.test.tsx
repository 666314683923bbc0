import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { naasten } from '@/features/pathways/testing/pathways-data';
import type { VersionDetail } from '@/features/pathways/types';
import { logInAs } from '@/testing/login';
import { server } from '@/testing/mocks/server';
import { renderRoutes } from '@/testing/test-utils';

import { PathwayEditorRoute } from '../editor';

const routes = [{ path: '/zorgpaden/bewerken', element: <PathwayEditorRoute /> }];
let draft: VersionDetail | null;
let calls: { method: string; path: string; ifMatch: string | null; body?: unknown }[];

beforeEach(() => {
  draft = null;
  calls = [];
  const record = async (request: Request) => {
    const body = request.method === 'PUT' ? await request.json() : undefined;
    calls.push({ method: request.method, path: new URL(request.url).pathname, ifMatch: request.headers.get('If-Match'), body });
  };
  server.use(
    http.get('*/api/v1/pathways', () => HttpResponse.json({ items: [naasten] })),
    http.get('*/api/v1/pathways/naasten/draft', () =>
      draft
        ? HttpResponse.json(draft)
        : HttpResponse.json({ title: 'Niet gevonden', status: 404 }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } }),
    ),
    http.post('*/api/v1/pathways/naasten/versions', async ({ request }) => {
      await record(request);
      draft = {
        pathwayId: 'naasten', number: 2, status: 'DRAFT', basedOn: 1, etag: '"v0"', title: naasten.title,
        summary: naasten.summary, source: naasten.source, steps: naasten.steps, guidance: naasten.guidance, createdBy: 'coordinator',
      };
      return HttpResponse.json(draft, { status: 201 });
    }),
    http.put('*/api/v1/pathways/naasten/versions/2/steps/:key', async ({ request, params }) => {
      await record(request);
      const body = calls.at(-1)!.body as { title: string };
      draft = { ...draft!, etag: '"v1"', updatedBy: 'coordinator',
        steps: draft!.steps.map((s) => (s.key === params.key ? { ...s, title: body.title } : s)) };
      return HttpResponse.json(draft);
    }),
    http.post('*/api/v1/pathways/naasten/versions/2/publish', async ({ request }) => {
      await record(request);
      const published = { ...draft!, status: 'PUBLISHED' as const };
      draft = null;
      return HttpResponse.json(published);
    }),
  );
});

describe('Zorgpaden bewerken (route)', () => {
  it('is only for coordinators', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    renderRoutes(routes, '/zorgpaden/bewerken');
    expect(await screen.findByText(/Alleen coördinatoren kunnen zorgpaden bewerken/)).toBeInTheDocument();
  });

  it('makes a draft, edits a step with If-Match, previews and publishes', async () => {
    const user = userEvent.setup();
    await logInAs({ name: 'Cor Coördinator', roles: ['coordinator'], username: 'coordinator' });
    renderRoutes(routes, '/zorgpaden/bewerken');
    await user.selectOptions(await screen.findByLabelText('Zorgpad'), 'Zelfhulp voor naasten en familie (versie 1)');
    await user.click(await screen.findByRole('button', { name: 'Nieuw concept maken' }));
    expect(await screen.findByRole('heading', { name: 'Concept versie 2 (gemaakt van versie 1)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Wijzigen: Voorlichting bij de eerste gelegenheid' }));
    const form = screen.getByRole('form', { name: /wijzigen/ });
    await user.clear(within(form).getByLabelText('Titel'));
    await user.type(within(form).getByLabelText('Titel'), 'Voorlichting bij aanmelding');
    await user.click(within(form).getByRole('button', { name: 'Stap opslaan' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Voorlichting bij aanmelding' })).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.ifMatch).toBe('"v0"');
    expect(put.body).toMatchObject({ title: 'Voorlichting bij aanmelding', level: 'VOORLICHTING', phases: ['AANMELDING', 'INTAKE'] });
    expect((put.body as { checklist: unknown[] }).checklist).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Voorbeeld' }));
    expect(screen.getByRole('article', { name: 'Voorlichting bij aanmelding' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Publiceren' }));
    expect(await screen.findByText('Versie 2 is gepubliceerd.')).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({ method: 'POST', ifMatch: '"v1"' });
    expect(await screen.findByText('Dit zorgpad heeft geen concept.')).toBeInTheDocument();
  });
});
