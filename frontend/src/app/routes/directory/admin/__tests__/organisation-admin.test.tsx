import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { utrechtGroup } from '@/features/directory/testing/meetings-data';
import { logInAs } from '@/testing/login';
import { organisations } from '@/testing/mocks/data/organisations';
import { server } from '@/testing/mocks/server';
import { renderRoutes } from '@/testing/test-utils';

import { GroupEditRoute } from '../group-edit';
import { MeetingEditRoute } from '../meeting-edit';
import { OrganisationCreateRoute } from '../organisation-create';
import { OrganisationEditRoute } from '../organisation-edit';
import { OrganisationsAdminRoute } from '../organisations';

const routes = [
  { path: '/beheer/organisaties', element: <OrganisationsAdminRoute /> },
  { path: '/beheer/organisaties/nieuw', element: <OrganisationCreateRoute /> },
  { path: '/beheer/organisaties/:id', element: <OrganisationEditRoute /> },
  { path: '/beheer/groepen/:slug', element: <GroupEditRoute /> },
  { path: '/beheer/bijeenkomsten/:slug', element: <MeetingEditRoute /> },
];

const [aa, agog] = organisations;
const problem = (status: number, body: object) =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

beforeEach(async () => {
  await logInAs({ name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' });
});

describe('Organisaties (beheer)', () => {
  it('lists inactive organisations too, with their status, and filters on status', async () => {
    const queries: string[] = [];
    server.use(
      http.get('*/api/v1/organisations', ({ request }) => {
        queries.push(new URL(request.url).search);
        const items = [aa!, { ...agog!, status: 'INACTIVE' as const, verifiedBy: 'cor' }];
        const status = new URL(request.url).searchParams.get('status');
        const shown = status ? items.filter((o) => o.status === status) : items;
        return HttpResponse.json({ items: shown, page: 1, size: 20, totalItems: shown.length, totalPages: 1 });
      }),
    );
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/organisaties');
    expect(await screen.findByRole('heading', { name: '2 organisaties' })).toBeInTheDocument();
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]!).getByRole('link', { name: 'Anonieme Alcoholisten Nederland' })).toHaveAttribute('href', '/beheer/organisaties/aa-nederland');
    expect(within(rows[1]!).getByText('Actief')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Niet actief')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('1 januari 2004 door cor')).toBeInTheDocument();
    expect(queries[0]).toContain('includeInactive=true');
    expect(screen.getByRole('link', { name: 'Nieuwe organisatie' })).toHaveAttribute('href', '/beheer/organisaties/nieuw');

    await user.selectOptions(screen.getByLabelText('Status'), 'Niet actief');
    await user.type(screen.getByLabelText('Zoeken op naam of omschrijving'), 'gok');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByRole('heading', { name: '1 organisatie' })).toBeInTheDocument();
    expect(queries.at(-1)).toContain('status=INACTIVE');
    expect(queries.at(-1)).toContain('q=gok');
  });
});

describe('Nieuwe organisatie', () => {
  it('shows the field errors of the API (also per contact point), then creates the organisation and opens it', async () => {
    const posts: Record<string, unknown>[] = [];
    const created = { ...aa!, id: 'steunpunt-zeist', name: 'Steunpunt Zelfhulp Zeist', kind: 'SUPPORT_POINT' as const };
    server.use(
      http.post('*/api/v1/organisations', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        posts.push(body);
        if (posts.length === 1)
          return problem(400, {
            title: 'Ongeldige invoer',
            errors: [
              { field: 'contactPoints[0].value', message: 'Vul een Nederlands of Belgisch telefoonnummer in.' },
              { field: 'source.document', message: 'Vul de bron in.' },
            ],
          });
        return HttpResponse.json(created, { status: 201, headers: { ETag: '"v0"' } });
      }),
      http.get('*/api/v1/organisations/steunpunt-zeist', () => HttpResponse.json(created, { headers: { ETag: '"v0"' } })),
      http.get('*/api/v1/organisations/steunpunt-zeist/history', () => HttpResponse.json([])),
    );
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/beheer/organisaties/nieuw');
    await user.type(await screen.findByLabelText('Naam'), 'Steunpunt Zelfhulp Zeist');
    await user.selectOptions(screen.getByLabelText('Soort organisatie'), 'Steunpunt zelfhulp');
    await user.selectOptions(screen.getByLabelText('Aanpak'), 'Niet van toepassing');
    await user.type(screen.getByLabelText('Omschrijving'), 'Helpt zelfhulpgroepen in de regio.');
    await user.click(screen.getByLabelText('Persoon met een verslaving'));
    await user.click(screen.getByLabelText('Alcohol'));
    await user.click(screen.getByRole('button', { name: 'Contactgegeven toevoegen' }));
    expect(screen.getByLabelText('Soort')).toHaveFocus();
    await user.type(screen.getByLabelText('Telefoon'), '12');
    await user.click(screen.getByRole('button', { name: 'Organisatie maken' }));

    const summary = await screen.findByRole('heading', { name: 'Controleer deze velden' });
    await waitFor(() => expect(summary.closest('[tabindex="-1"]')).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Contactgegeven 1: gegeven: Vul een Nederlands of Belgisch telefoonnummer in.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Telefoon')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Bron')).toHaveAttribute('aria-invalid', 'true');
    expect(posts[0]).toMatchObject({
      name: 'Steunpunt Zelfhulp Zeist',
      kind: 'SUPPORT_POINT',
      approach: 'NOT_APPLICABLE',
      country: 'NL',
      status: 'ACTIVE',
      audiences: ['PERSON'],
      behaviours: ['ALCOHOL'],
      contactPoints: [{ kind: 'PHONE', value: '12' }],
    });
    expect(posts[0]!.id).toBeUndefined();

    await user.clear(screen.getByLabelText('Telefoon'));
    await user.type(screen.getByLabelText('Telefoon'), '030 123 45 67');
    await user.type(screen.getByLabelText('Bron'), 'https://www.steunpunt-zeist.nl');
    await user.type(screen.getByLabelText('Onderdeel van de bron'), 'Contact');
    await user.click(screen.getByRole('button', { name: 'Organisatie maken' }));
    expect(await screen.findByText('De organisatie is gemaakt.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/beheer/organisaties/steunpunt-zeist');
    expect(posts[1]).toMatchObject({ source: { document: 'https://www.steunpunt-zeist.nl', section: 'Contact' } });
  });
});

describe('Organisatie aanpassen', () => {
  function serve(options: { put?: (ifMatch: string | null, body: Record<string, unknown>) => Response } = {}) {
    const calls: string[] = [];
    const sent: Record<string, unknown>[] = [];
    let current = { ...agog! };
    let etag = '"v4"';
    let history: object[] = [];
    server.use(
      http.get('*/api/v1/organisations/agog', () => HttpResponse.json(current, { headers: { ETag: etag } })),
      http.get('*/api/v1/organisations/agog/history', () => HttpResponse.json(history)),
      http.put('*/api/v1/organisations/agog', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        calls.push(`PUT ${request.headers.get('If-Match')}`);
        sent.push(body);
        if (options.put) return options.put(request.headers.get('If-Match'), body);
        current = { ...current, ...(body as object) };
        etag = '"v5"';
        history = [{ entityType: 'ORGANISATION', entityKey: 'agog', field: 'contactPoints', oldValue: 'oud', newValue: 'nieuw', changedBy: 'coordinator', changedAt: '2026-11-25T12:00:00Z' }];
        return HttpResponse.json(current, { headers: { ETag: etag } });
      }),
      http.post('*/api/v1/organisations/agog/deactivate', ({ request }) => {
        calls.push(`deactivate ${request.headers.get('If-Match')}`);
        current = { ...current, status: 'INACTIVE' };
        etag = '"v6"';
        return HttpResponse.json(current, { headers: { ETag: etag } });
      }),
      http.post('*/api/v1/organisations/agog/activate', ({ request }) => {
        calls.push(`activate ${request.headers.get('If-Match')}`);
        current = { ...current, status: 'ACTIVE' };
        return HttpResponse.json(current);
      }),
      http.post('*/api/v1/organisations/agog/verify', ({ request }) => {
        calls.push(`verify ${request.headers.get('If-Match')}`);
        current = { ...current, verifiedAt: '2026-11-25', verifiedBy: 'coordinator' };
        return HttpResponse.json(current);
      }),
    );
    return { calls, sent };
  }

  it('edits, removes and adds contact points and saves with If-Match; the history shows the change', async () => {
    const { calls, sent } = serve();
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/organisaties/agog');
    expect(await screen.findByRole('heading', { level: 1, name: 'Anonieme Gokkers en Omgeving aanpassen' })).toBeInTheDocument();
    expect(await screen.findByText('Er is nog niets gewijzigd.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Gegevens van de organisatie' });
    expect(within(form).queryByLabelText('Soort organisatie')).not.toBeInTheDocument();
    expect(within(form).getByRole('group', { name: 'Contactgegeven 2' })).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Contactgegeven 1 verwijderen' }));
    expect(within(form).getByRole('button', { name: 'Contactgegeven toevoegen' })).toHaveFocus();
    const first = within(form).getByRole('group', { name: 'Contactgegeven 1' });
    expect(within(first).getByLabelText('Soort')).toHaveValue('HELPLINE');
    await user.clear(within(first).getByLabelText('Toelichting (niet verplicht)'));
    await user.type(within(first).getByLabelText('Toelichting (niet verplicht)'), '€ 0,10 per minuut, op werkdagen');
    await user.click(within(form).getByRole('button', { name: 'Contactgegeven toevoegen' }));
    const added = within(form).getByRole('group', { name: `Contactgegeven ${agog!.contactPoints.length}` });
    await user.selectOptions(within(added).getByLabelText('Soort'), 'Website');
    await user.type(within(added).getByLabelText('Website'), 'https://www.agog.nl');

    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De wijzigingen zijn opgeslagen.')).toBeInTheDocument();
    expect(calls).toEqual(['PUT "v4"']);
    const points = sent[0]!.contactPoints as { kind: string; value: string; note?: string }[];
    expect(points).toHaveLength(agog!.contactPoints.length);
    expect(points[0]).toEqual({ kind: 'HELPLINE', label: 'Informatienummer', value: '0900 2177721', note: '€ 0,10 per minuut, op werkdagen' });
    expect(points.at(-1)).toEqual({ kind: 'WEBSITE', value: 'https://www.agog.nl' });
    expect(sent[0]).not.toHaveProperty('kind');
    expect(sent[0]).not.toHaveProperty('source');
    const historyRegion = screen.getByRole('region', { name: 'Geschiedenis' });
    expect(await within(historyRegion).findByRole('cell', { name: 'nieuw' })).toBeInTheDocument();
    expect(within(historyRegion).getByRole('cell', { name: 'coordinator' })).toBeInTheDocument();
  });

  it('explains a conflict (412) when someone else changed the organisation', async () => {
    serve({ put: () => problem(412, { title: 'Gegevens zijn intussen gewijzigd' }) });
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/organisaties/agog');
    const form = await screen.findByRole('form', { name: 'Gegevens van de organisatie' });
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/Iemand anders heeft deze organisatie intussen gewijzigd/)).toBeInTheDocument();
  });

  it('deactivates only after confirming, with If-Match, and can activate again', async () => {
    const { calls } = serve();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValue(true);
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/organisaties/agog');
    await user.click(await screen.findByRole('button', { name: 'Op niet actief zetten' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Anonieme Gokkers en Omgeving op niet actief zetten?'));
    expect(calls).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Op niet actief zetten' }));
    expect(await screen.findByText('De organisatie staat op niet actief.')).toBeInTheDocument();
    expect(await screen.findByText(/Deze organisatie is niet actief/)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Weer actief maken' }));
    expect(await screen.findByText('De organisatie is weer actief.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Gegevens kloppen' }));
    expect(await screen.findByText('De gegevens zijn gecontroleerd.')).toBeInTheDocument();
    expect(calls).toEqual(['deactivate "v4"', 'activate "v6"', 'verify "v6"']);
  });
});

describe('Bijeenkomst aanpassen', () => {
  const edit = {
    slug: 'aa-utrecht-centrum-ma',
    groupSlug: 'aa-utrecht-centrum',
    groupName: 'AA-groep Utrecht Centrum',
    frequency: 'WEEKLY',
    day: 1,
    startTime: '19:30',
    endTime: '21:00',
    timeZone: 'Europe/Amsterdam',
    inPerson: true,
    conferenceNotes: 'Code 1234',
    types: ['O', 'D'],
    notes: 'Ingang aan de achterkant',
    temporarilyClosed: false,
    etag: '"v2.3"',
    updatedAt: '2026-10-01T10:00:00Z',
  };

  it('is reachable from the group page, as is the organisation', async () => {
    server.use(
      http.get('*/api/v1/groups/aa-utrecht-centrum', () => HttpResponse.json(utrechtGroup)),
      http.get('*/api/v1/groups/aa-utrecht-centrum/history', () => HttpResponse.json([])),
    );
    renderRoutes(routes, '/beheer/groepen/aa-utrecht-centrum');
    const meetings = await screen.findByRole('region', { name: 'Bijeenkomsten' });
    expect(within(meetings).getByRole('link', { name: /^Aanpassen: AA Utrecht Centrum/ })).toHaveAttribute(
      'href',
      '/beheer/bijeenkomsten/aa-utrecht-centrum-ma',
    );
    expect(screen.getByRole('link', { name: 'Anonieme Alcoholisten Nederland' })).toHaveAttribute('href', '/beheer/organisaties/aa-nederland');
  });

  it('fills the form with every stored field, keeps the notes, and saves "tijdelijk gesloten" with If-Match', async () => {
    const puts: { ifMatch: string | null; body: Record<string, unknown> }[] = [];
    let current = { ...edit };
    server.use(
      http.get('*/api/v1/admin/meetings/aa-utrecht-centrum-ma', () => HttpResponse.json(current)),
      http.put('*/api/v1/meetings/aa-utrecht-centrum-ma', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        puts.push({ ifMatch: request.headers.get('If-Match'), body });
        if (body.endTime === '19:35')
          return problem(400, { title: 'Ongeldige invoer', errors: [{ field: 'endTime', message: 'De eindtijd moet 15 minuten tot 6 uur na de begintijd liggen.' }] });
        if (puts.length === 3) return problem(412, { title: 'Gegevens zijn intussen gewijzigd' });
        current = { ...current, ...(body as object), etag: '"v3.3"' };
        return HttpResponse.json(utrechtGroup.meetings[0]);
      }),
    );
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/bijeenkomsten/aa-utrecht-centrum-ma');
    const form = await screen.findByRole('form', { name: 'Bijeenkomst aanpassen' });
    expect(screen.getByRole('heading', { level: 1, name: 'Bijeenkomst aanpassen: AA-groep Utrecht Centrum' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'AA-groep Utrecht Centrum' })).toHaveAttribute('href', '/beheer/groepen/aa-utrecht-centrum');
    expect(within(form).getByLabelText('Notities')).toHaveValue('Ingang aan de achterkant');
    expect(within(form).getByLabelText('Uitleg bij online meedoen')).toHaveValue('Code 1234');
    expect(await within(form).findByLabelText('Open')).toBeChecked();
    expect(within(form).getByLabelText('Discussie')).toBeChecked();
    expect(within(form).getByLabelText('Besloten')).not.toBeChecked();
    expect(within(form).getByLabelText('Tijdelijk gesloten')).not.toBeChecked();

    await user.clear(within(form).getByLabelText('Eindtijd'));
    await user.type(within(form).getByLabelText('Eindtijd'), '19:35');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await within(form).findByRole('link', { name: /^Eindtijd: De eindtijd moet/ })).toBeInTheDocument();
    expect(within(form).getByLabelText('Eindtijd')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(within(form).getByLabelText('Eindtijd'));
    await user.type(within(form).getByLabelText('Eindtijd'), '21:00');
    await user.click(within(form).getByLabelText('Tijdelijk gesloten'));
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De wijzigingen zijn opgeslagen.')).toBeInTheDocument();
    expect(puts[1]).toMatchObject({
      ifMatch: '"v2.3"',
      body: { frequency: 'WEEKLY', day: 1, startTime: '19:30', endTime: '21:00', timeZone: 'Europe/Amsterdam', inPerson: true, notes: 'Ingang aan de achterkant', conferenceNotes: 'Code 1234', types: ['O', 'D'], temporarilyClosed: true },
    });

    const reloaded = await screen.findByRole('form', { name: 'Bijeenkomst aanpassen' });
    await waitFor(() => expect(within(reloaded).getByLabelText('Tijdelijk gesloten')).toBeChecked());
    await user.click(within(reloaded).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/Iemand anders heeft deze bijeenkomst of haar groep intussen gewijzigd/)).toBeInTheDocument();
    expect(puts[2]!.ifMatch).toBe('"v3.3"');
  });
});
