import { http, HttpResponse } from 'msw';

import type { OrganisationSummary } from '@/types/api-models';

import { organisations } from '../data/organisations';

const problem = (status: number, title: string, detail: string) =>
  HttpResponse.json(
    { type: 'https://zelfhulpwijzer.nl/problems/not-found', title, status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** The directory API as the backend describes it, over the test data. */
export const directoryHandlers = [
  http.get('*/api/v1/organisations', ({ request }) => {
    const url = new URL(request.url);
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const page = Number(url.searchParams.get('page') ?? '1');
    const size = Number(url.searchParams.get('size') ?? '20');
    const has = (name: string, test: (o: OrganisationSummary, v: string) => boolean) => {
      const v = url.searchParams.get(name);
      return (o: OrganisationSummary) => !v || test(o, v);
    };
    const items = organisations
      .filter((o) => !q || `${o.name} ${o.shortName ?? ''} ${o.description}`.toLowerCase().includes(q))
      .filter(has('audience', (o, v) => (o.audiences as string[]).includes(v)))
      .filter(has('behaviour', (o, v) => (o.behaviours as string[]).includes(v)))
      .filter(has('approach', (o, v) => o.approach === v))
      .filter(has('kind', (o, v) => o.kind === v))
      .filter(has('country', (o, v) => o.country === v))
      .map(({ contactPoints: _omit, ...summary }) => summary);
    return HttpResponse.json({
      items: items.slice((page - 1) * size, page * size),
      page,
      size,
      totalItems: items.length,
      totalPages: Math.ceil(items.length / size),
    });
  }),
  http.get('*/api/v1/organisations/:id', ({ params }) => {
    const organisation = organisations.find((o) => o.id === params.id);
    return organisation
      ? HttpResponse.json(organisation)
      : problem(404, 'Niet gevonden', `Er is geen organisatie met id '${String(params.id)}'.`);
  }),
  // The coordinators' register: no groups unless a test serves some.
  http.get('*/api/v1/admin/groups', () => HttpResponse.json({ items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 })),
];
