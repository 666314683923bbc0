import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { DirectoryAdminNavLink } from '@/features/directory/components/admin-nav';
import { utrechtGroup } from '@/features/directory/testing/meetings-data';
import { userManager } from '@/lib/auth';
import { logInAs } from '@/testing/login';
import { server } from '@/testing/mocks/server';
import { renderRoutes, renderWithRouter } from '@/testing/test-utils';

import { DemoDataRoute } from '../demo-data';
import { GroupCreateRoute } from '../group-create';
import { GroupEditRoute } from '../group-edit';
import { ImportRoute } from '../import';
import { ReportsRoute } from '../reports';
import { VerificationQueueRoute } from '../verification-queue';

const routes = [
  { path: '/beheer/controleren', element: <VerificationQueueRoute /> },
  { path: '/beheer/meldingen', element: <ReportsRoute /> },
  { path: '/beheer/import', element: <ImportRoute /> },
  { path: '/beheer/voorbeeldgegevens', element: <DemoDataRoute /> },
  { path: '/beheer/groepen/nieuw', element: <GroupCreateRoute /> },
  { path: '/beheer/groepen/:slug', element: <GroupEditRoute /> },
];

const org = utrechtGroup.organisation;
const problem = (status: number, body: object) =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

let verified: { slug: unknown; ifMatch: string | null }[] = [];
let queue = [
  { slug: 'aa-utrecht-centrum', name: 'AA-groep Utrecht Centrum', organisation: org, city: 'Utrecht', updatedAt: '2026-01-01T00:00:00Z', demo: true, openReports: 1, etag: '"v2"' },
  { slug: 'aa-gent', name: 'AA Gent', organisation: org, city: 'Gent', verifiedAt: '2025-01-10T09:00:00Z', verifiedBy: 'cor', updatedAt: '2026-01-01T00:00:00Z', demo: false, openReports: 0, etag: '"v5"' },
];

beforeEach(() => {
  queue = queue.slice(0, 2);
  verified = [];
  server.use(
    http.get('*/api/v1/me', () => HttpResponse.json({ username: 'coordinator', name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' })),
    http.get('*/api/v1/admin/verification-queue', () =>
      HttpResponse.json({ items: queue, page: 1, size: 20, totalItems: queue.length, totalPages: 1 }),
    ),
    http.post('*/api/v1/groups/:slug/verify', ({ params, request }) => {
      verified.push({ slug: params.slug, ifMatch: request.headers.get('If-Match') });
      queue = queue.filter((g) => g.slug !== params.slug);
      return HttpResponse.json(utrechtGroup);
    }),
  );
});

describe('coordinator screens: access', () => {
  it('shows "Beheer groepen" in the menu only to a coordinator or beheerder', async () => {
    const { unmount } = renderWithRouter(<ul><DirectoryAdminNavLink /></ul>);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Beheer groepen' })).not.toBeInTheDocument());
    unmount();
    await logInAs({ name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' });
    renderWithRouter(<ul><DirectoryAdminNavLink /></ul>);
    expect(await screen.findByRole('link', { name: 'Beheer groepen' })).toHaveAttribute('href', '/beheer/groepen');
  });

  it('asks an anonymous visitor to log in and returns to the page afterwards', async () => {
    const signin = vi.spyOn(userManager, 'signinRedirect').mockResolvedValue(undefined);
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/controleren');
    expect(await screen.findByText('Deze pagina is voor coördinatoren en beheerders. Log eerst in.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(signin).toHaveBeenCalledWith(expect.objectContaining({ state: { returnTo: '/beheer/controleren' } }));
  });

  it('tells a medewerker that the page is not for them, without calling the API', async () => {
    await logInAs({ name: 'Mila', roles: ['medewerker'], instelling: 'demo-instelling' });
    renderRoutes(routes, '/beheer/meldingen');
    expect(await screen.findByText(/U bent ingelogd zonder die rol/)).toBeInTheDocument();
  });
});

describe('Groepen om te controleren', () => {
  it('lists groups never or long ago checked and takes one off after "Gegevens kloppen"', async () => {
    await logInAs({ name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' });
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/controleren');
    expect(await screen.findByRole('heading', { name: '2 groepen te controleren' })).toBeInTheDocument();
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]).getByText('Nooit')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Voorbeeldgegevens')).toBeInTheDocument();
    expect(within(rows[2]).getByText('10 januari 2025 door cor')).toBeInTheDocument();

    await user.click(within(rows[1]).getByRole('button', { name: /Gegevens kloppen/ }));
    expect(await screen.findByText('AA-groep Utrecht Centrum is gecontroleerd en staat niet meer in de lijst.')).toBeInTheDocument();
    expect(verified).toEqual([{ slug: 'aa-utrecht-centrum', ifMatch: '"v2"' }]);
    expect(await screen.findByRole('heading', { name: '1 groep te controleren' })).toBeInTheDocument();
  });
});

describe('Meldingen', () => {
  it('resolves an open report', async () => {
    await logInAs({ name: 'Cor', roles: ['beheerder'], instelling: 'demo-instelling' });
    let open = true;
    server.use(
      http.get('*/api/v1/admin/reports', () =>
        HttpResponse.json({
          items: open
            ? [{ id: 7, groupSlug: 'aa-gent', groupName: 'AA Gent', meetingSlug: 'aa-gent-2vr', reason: 'WRONG_TIME', message: 'Begint om 20:30', status: 'OPEN', createdAt: '2026-11-20T10:00:00Z' }]
            : [],
          page: 1,
          size: 20,
          totalItems: open ? 1 : 0,
          totalPages: open ? 1 : 0,
        }),
      ),
      http.post('*/api/v1/admin/reports/7/resolve', () => {
        open = false;
        return HttpResponse.json({ id: 7, groupSlug: 'aa-gent', groupName: 'AA Gent', reason: 'WRONG_TIME', status: 'RESOLVED', createdAt: '2026-11-20T10:00:00Z' });
      }),
    );
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/meldingen');
    const report = await screen.findByRole('article', { name: 'De dag of tijd klopt niet: AA Gent' });
    expect(within(report).getByText('‘Begint om 20:30’')).toBeInTheDocument();
    expect(within(report).getByRole('link', { name: 'Groep aanpassen' })).toHaveAttribute('href', '/beheer/groepen/aa-gent');
    await user.click(within(report).getByRole('button', { name: /Afgehandeld/ }));
    expect(await screen.findByText('De melding over AA Gent is afgehandeld.')).toBeInTheDocument();
    expect(await screen.findByText('Er zijn geen meldingen met deze status.')).toBeInTheDocument();
  });
});

describe('Groep aanpassen', () => {
  it('shows field errors from the API with a focused summary, then saves with If-Match and shows the history', async () => {
    await logInAs({ name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' });
    const puts: { ifMatch: string | null; body: Record<string, unknown> }[] = [];
    let version = 3;
    let history: object[] = [];
    server.use(
      http.get('*/api/v1/groups/aa-utrecht-centrum', () =>
        HttpResponse.json({ ...utrechtGroup, version }, { headers: { ETag: `"v${version}"` } }),
      ),
      http.get('*/api/v1/groups/aa-utrecht-centrum/history', () => HttpResponse.json(history)),
      http.put('*/api/v1/groups/aa-utrecht-centrum', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        puts.push({ ifMatch: request.headers.get('If-Match'), body });
        const location = body.location as { city: string };
        if (!location.city) return problem(400, { title: 'Ongeldige invoer', errors: [{ field: 'location.city', message: 'Vul de plaats in.' }] });
        version = 4;
        history = [{ entityType: 'GROUP', entityKey: 'aa-utrecht-centrum', field: 'notes', oldValue: null, newValue: body.notes, changedBy: 'coordinator', changedAt: '2026-11-25T12:00:00Z' }];
        return HttpResponse.json({ ...utrechtGroup, version });
      }),
    );
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/groepen/aa-utrecht-centrum');
    expect(await screen.findByRole('heading', { level: 1, name: 'AA-groep Utrecht Centrum aanpassen' })).toBeInTheDocument();
    expect(await screen.findByText('Er is nog niets gewijzigd.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Plaats'));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = await screen.findByRole('heading', { name: 'Controleer deze velden' });
    await waitFor(() => expect(summary.closest('[tabindex="-1"]')).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Plaats: Vul de plaats in.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Plaats')).toHaveAttribute('aria-invalid', 'true');
    expect(puts[0].ifMatch).toBe('"v3"');

    await user.type(screen.getByLabelText('Plaats'), 'Utrecht');
    await user.clear(screen.getByLabelText('Meer over de groep'));
    await user.type(screen.getByLabelText('Meer over de groep'), 'Nieuwe ingang aan de achterkant');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De wijzigingen zijn opgeslagen.')).toBeInTheDocument();
    expect(puts[1].body).toMatchObject({ organisationId: 'aa-nederland', notes: 'Nieuwe ingang aan de achterkant', languages: ['nl'] });
    expect(puts[1].body.contactEmail).toBe('utrecht@voorbeeld.example');
    const historyRegion = screen.getByRole('region', { name: 'Geschiedenis' });
    expect(await within(historyRegion).findByRole('cell', { name: 'Nieuwe ingang aan de achterkant' })).toBeInTheDocument();
  });

  it('explains a conflict (412) when someone else changed the group', async () => {
    await logInAs({ name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' });
    server.use(
      http.get('*/api/v1/groups/aa-utrecht-centrum', () => HttpResponse.json(utrechtGroup, { headers: { ETag: '"v3"' } })),
      http.get('*/api/v1/groups/aa-utrecht-centrum/history', () => HttpResponse.json([])),
      http.put('*/api/v1/groups/aa-utrecht-centrum', () => problem(412, { title: 'Intussen gewijzigd' })),
    );
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/groepen/aa-utrecht-centrum');
    await user.click(await screen.findByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/Iemand anders heeft deze groep intussen gewijzigd/)).toBeInTheDocument();
  });
});

describe('Bijeenkomst toevoegen', () => {
  it('shows the field errors of the API, then adds the meeting with If-Match', async () => {
    await logInAs({ name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' });
    const posts: { ifMatch: string | null; body: Record<string, unknown> }[] = [];
    server.use(
      http.get('*/api/v1/groups/aa-utrecht-centrum', () => HttpResponse.json(utrechtGroup, { headers: { ETag: '"v3"' } })),
      http.get('*/api/v1/groups/aa-utrecht-centrum/history', () => HttpResponse.json([])),
      http.post('*/api/v1/groups/aa-utrecht-centrum/meetings', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        posts.push({ ifMatch: request.headers.get('If-Match'), body });
        if (body.startTime === '25:00') return problem(400, { title: 'Ongeldige invoer', errors: [{ field: 'startTime', message: 'Vul een tijd in als 19:30.' }] });
        return HttpResponse.json(utrechtGroup.meetings[0], { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/groepen/aa-utrecht-centrum');
    const form = await screen.findByRole('form', { name: 'Bijeenkomst toevoegen' });
    await user.selectOptions(within(form).getByLabelText('Hoe vaak'), 'MONTHLY');
    await user.selectOptions(within(form).getByLabelText('Welke week van de maand'), 'Laatste');
    await user.selectOptions(within(form).getByLabelText('Dag'), 'vrijdag');
    await user.clear(within(form).getByLabelText('Begintijd'));
    await user.type(within(form).getByLabelText('Begintijd'), '25:00');
    await user.type(within(form).getByLabelText('Meeting Guide-typecodes'), 'o, d');
    await user.click(within(form).getByRole('button', { name: 'Bijeenkomst toevoegen' }));
    expect(await within(form).findByRole('link', { name: 'Begintijd: Vul een tijd in als 19:30.' })).toBeInTheDocument();
    expect(posts[0]).toMatchObject({
      ifMatch: '"v3"',
      body: { frequency: 'MONTHLY', weekOfMonth: -1, day: 5, startTime: '25:00', endTime: '21:00', inPerson: true, types: ['O', 'D'] },
    });

    await user.clear(within(form).getByLabelText('Begintijd'));
    await user.type(within(form).getByLabelText('Begintijd'), '20:00');
    await user.click(within(form).getByRole('button', { name: 'Bijeenkomst toevoegen' }));
    expect(await screen.findByText('De bijeenkomst is toegevoegd.')).toBeInTheDocument();
    expect(posts[1].body.startTime).toBe('20:00');
  });
});

describe('Nieuwe groep', () => {
  it('shows field errors, then creates the group and opens it', async () => {
    await logInAs({ name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' });
    const posts: Record<string, unknown>[] = [];
    server.use(
      http.post('*/api/v1/groups', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        posts.push(body);
        if (body.organisationId !== 'aa-nederland')
          return problem(400, { title: 'Ongeldige invoer', errors: [{ field: 'organisationId', message: 'Onbekende organisatie.' }, { field: 'audiences', message: 'Kies ten minste één doelgroep.' }] });
        return HttpResponse.json(utrechtGroup, { status: 201 });
      }),
      http.get('*/api/v1/groups/aa-utrecht-centrum', () => HttpResponse.json(utrechtGroup, { headers: { ETag: '"v3"' } })),
      http.get('*/api/v1/groups/aa-utrecht-centrum/history', () => HttpResponse.json([])),
    );
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/beheer/groepen/nieuw');
    await user.type(await screen.findByLabelText('Organisatie (id)'), 'bestaat-niet');
    await user.type(screen.getByLabelText('Naam'), 'AA Zeist');
    await user.type(screen.getByLabelText('Plaats'), 'Zeist');
    await user.click(screen.getByRole('button', { name: 'Groep maken' }));
    expect(await screen.findByRole('link', { name: 'Organisatie (id): Onbekende organisatie.' })).toBeInTheDocument();
    expect(screen.getByText('Kies ten minste één doelgroep.')).toBeInTheDocument();
    expect(posts[0]).toMatchObject({ organisationId: 'bestaat-niet', name: 'AA Zeist', audiences: [], location: { city: 'Zeist', country: 'NL' } });
    expect(posts[0].slug).toBeUndefined();

    await user.clear(screen.getByLabelText('Organisatie (id)'));
    await user.type(screen.getByLabelText('Organisatie (id)'), 'aa-nederland');
    await user.click(screen.getByLabelText('Persoon met een verslaving'));
    await user.click(screen.getByRole('button', { name: 'Groep maken' }));
    expect(await screen.findByText('De groep is gemaakt. Voeg nu de bijeenkomsten toe.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/beheer/groepen/aa-utrecht-centrum');
    expect(posts[1].audiences).toEqual(['PERSON']);
  });
});

describe('Feed importeren', () => {
  it('checks the input first, then shows the report per row of a trial import', async () => {
    await logInAs({ name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' });
    let query = '';
    server.use(
      http.post('*/api/v1/admin/imports/meeting-guide', ({ request }) => {
        query = new URL(request.url).search;
        return HttpResponse.json({
          dryRun: true,
          total: 4,
          created: 1,
          updated: 1,
          unchanged: 0,
          skipped: 1,
          rejected: 1,
          rows: [
            { index: 0, slug: 'nieuw', outcome: 'CREATED' },
            { index: 1, slug: 'fout', outcome: 'REJECTED', errors: [{ field: 'day', message: 'Vul een dag in.' }] },
            {
              index: 2,
              slug: 'afspraak',
              outcome: 'SKIPPED',
              errors: [{ field: 'day', message: 'Op afspraak: zonder dag en tijd.' }],
            },
            {
              index: 3,
              slug: 'week',
              outcome: 'UPDATED',
              meetingSlugs: ['week-ma', 'week-wo'],
              changedFields: ['woensdag: nieuw'],
              warnings: ['week-vr staat niet meer in deze rij.'],
            },
          ],
          missing: [{ slug: 'oud-do', name: 'AA Oud', groupName: 'AA Oude Groep', closed: query.includes('closeMissing') }],
          closed: query.includes('closeMissing') ? 1 : 0,
        });
      }),
    );
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/import');
    await user.click(await screen.findByRole('button', { name: 'Proefimport starten' }));
    expect(screen.getByText('Vul de id van de organisatie in, bijvoorbeeld aa-nederland.')).toBeInTheDocument();
    expect(screen.getByLabelText('Organisatie (id)')).toHaveFocus();

    await user.type(screen.getByLabelText('Organisatie (id)'), 'aa-nederland');
    await user.click(screen.getByLabelText('Feed (JSON)'));
    await user.paste('{"geen": "lijst"}');
    await user.click(screen.getByRole('button', { name: 'Proefimport starten' }));
    expect(screen.getByText('De feed moet een lijst zijn: begin met [ en eindig met ].')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Feed (JSON)'));
    await user.click(screen.getByLabelText('Feed (JSON)'));
    await user.paste('[{"name":"a","slug":"nieuw"},{"name":"b","slug":"fout"}]');
    await user.click(screen.getByRole('button', { name: 'Proefimport starten' }));
    const result = await screen.findByRole('region', { name: 'Resultaat van de proefimport (niets opgeslagen)' });
    expect(
      within(result).getByText('4 rijen: 1 nieuw, 1 bijgewerkt, 0 ongewijzigd, 1 overgeslagen, 1 geweigerd.'),
    ).toBeInTheDocument();
    expect(within(result).getByRole('cell', { name: 'day: Vul een dag in.' })).toBeInTheDocument();
    expect(within(result).getByRole('cell', { name: 'Overgeslagen' })).toBeInTheDocument();
    expect(within(result).getByRole('cell', { name: 'week-ma, week-wo' })).toBeInTheDocument();
    expect(
      within(result).getByRole('cell', { name: 'Gewijzigd: woensdag: nieuw week-vr staat niet meer in deze rij.' }),
    ).toBeInTheDocument();
    expect(query).toBe('?organisation=aa-nederland&dryRun=true');
    const missing = within(result).getByRole('region', { name: 'Niet meer in de feed (1)' });
    expect(within(missing).getByRole('cell', { name: 'Blijft open' })).toBeInTheDocument();

    await user.click(screen.getByLabelText(/die niet meer in de feed staan tijdelijk sluiten/));
    await user.click(screen.getByRole('button', { name: 'Proefimport starten' }));
    expect(await screen.findByRole('cell', { name: 'Wordt gesloten' })).toBeInTheDocument();
    expect(screen.getByText('Bij het importeren wordt 1 bijeenkomst tijdelijk gesloten.')).toBeInTheDocument();
    expect(query).toBe('?organisation=aa-nederland&dryRun=true&closeMissing=true');
  });
});

describe('Voorbeeldgegevens (beheerder)', () => {
  it('is only for a beheerder', async () => {
    await logInAs({ name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' });
    renderRoutes(routes, '/beheer/voorbeeldgegevens');
    expect(await screen.findByText('Deze pagina is voor beheerders. U bent ingelogd zonder die rol.')).toBeInTheDocument();
  });

  it('checks the number, makes demo data and removes them after confirming', async () => {
    await logInAs({ name: 'Bea', roles: ['beheerder'], instelling: 'demo-instelling' });
    const calls: string[] = [];
    server.use(
      http.post('*/api/v1/admin/demo-data', ({ request }) => {
        calls.push(`POST ${new URL(request.url).search}`);
        return HttpResponse.json({ groups: 50, meetings: 120, locations: 50, seed: 7 });
      }),
      http.delete('*/api/v1/admin/demo-data', () => {
        calls.push('DELETE');
        return HttpResponse.json({ groups: 50, meetings: 120, locations: 50, seed: 7 });
      }),
    );
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/voorbeeldgegevens');
    const groups = await screen.findByLabelText('Aantal groepen');
    await user.clear(groups);
    await user.type(groups, '30000');
    await user.click(screen.getByRole('button', { name: 'Voorbeeldgegevens maken' }));
    expect(screen.getByText('Vul een aantal in van 0 tot en met 20000.')).toBeInTheDocument();
    expect(groups).toHaveFocus();
    expect(calls).toEqual([]);

    await user.clear(groups);
    await user.type(groups, '50');
    await user.type(screen.getByLabelText('Seed (niet verplicht)'), '7');
    await user.click(screen.getByRole('button', { name: 'Voorbeeldgegevens maken' }));
    expect(await screen.findByText('Gemaakt: 50 groepen, 120 bijeenkomsten en 50 plekken (seed 7).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Alle voorbeeldgegevens verwijderen' }));
    expect(await screen.findByText('Verwijderd: 50 groepen, 120 bijeenkomsten en 50 plekken (seed 7).')).toBeInTheDocument();
    expect(calls).toEqual(['POST ?groups=50&seed=7', 'DELETE']);
  });
});
