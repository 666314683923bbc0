import { http, HttpResponse } from 'msw';

import { group, meetings } from '../data/groups';

const problem = (status: number, title: string, detail: string, errors?: { field: string; message: string }[]) =>
  HttpResponse.json(
    { type: 'https://zelfhulpwijzer.nl/problems/x', title, status, detail, errors },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** The group finder API as the backend describes it, over the test data. */
export const groupHandlers = [
  http.get('*/api/v1/meetings', ({ request }) => {
    const url = new URL(request.url);
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const day = url.searchParams.get('day');
    const items = meetings
      .filter((m) => !q || `${m.name} ${m.organisation.name}`.toLowerCase().includes(q))
      .filter((m) => !day || String(m.day) === day);
    return HttpResponse.json({ items, page: 1, size: 20, totalItems: items.length, totalPages: 1 });
  }),
  http.get('*/api/v1/groups/:slug', ({ params }) =>
    params.slug === group.slug ? HttpResponse.json(group) : problem(404, 'Niet gevonden', `Er is geen groep met sleutel '${String(params.slug)}'.`),
  ),
  http.post('*/api/v1/groups/:slug/reports', async ({ request }) => {
    const body = (await request.json()) as { reason: string; message?: string };
    if (body.reason === 'OTHER' && !body.message) {
      return problem(400, 'Ongeldige invoer', 'Een of meer velden zijn niet goed ingevuld.', [
        { field: 'message', message: 'Schrijf kort wat er niet klopt.' },
      ]);
    }
    return HttpResponse.json({ id: 1, groupSlug: group.slug, groupName: group.name, reason: body.reason, status: 'OPEN', createdAt: '2026-01-14T11:00:00Z' }, { status: 201 });
  }),
  http.get('*/api/v1/admin/verification-queue', () =>
    HttpResponse.json({
      items: [{ slug: 'test-aa-utrecht', name: 'AA Utrecht De Bron', organisation: meetings[0].organisation, city: 'Utrecht',
        verifiedAt: '2025-01-01T10:00:00Z', verifiedBy: 'coordinator', updatedAt: '2025-01-01T10:00:00Z', demo: false, openReports: 1 }],
      page: 1, size: 50, totalItems: 1, totalPages: 1,
    }),
  ),
  http.get('*/api/v1/admin/reports', () =>
    HttpResponse.json({
      items: [{ id: 7, groupSlug: 'test-aa-utrecht', groupName: 'AA Utrecht De Bron', meetingSlug: 'test-aa-utrecht-wo',
        reason: 'WRONG_TIME', message: 'Begint nu om 20:00.', status: 'OPEN', createdAt: '2026-01-10T10:00:00Z' }],
      page: 1, size: 50, totalItems: 1, totalPages: 1,
    }),
  ),
  http.post('*/api/v1/groups/:slug/verify', () => HttpResponse.json(group)),
  http.post('*/api/v1/admin/reports/:id/resolve', () =>
    HttpResponse.json({ id: 7, groupSlug: group.slug, groupName: group.name, reason: 'WRONG_TIME', status: 'RESOLVED', createdAt: '2026-01-10T10:00:00Z' }),
  ),
];
