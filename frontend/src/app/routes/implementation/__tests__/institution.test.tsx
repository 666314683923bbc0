import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Plan, SelfAssessment, SurveyResults } from '@/features/implementation/types';
import { logInAs } from '@/testing/login';
import { server } from '@/testing/mocks/server';
import { renderRoutes } from '@/testing/test-utils';

import { InstitutionRoute } from '../institution';

const D2 = '002_e30f9ceb731b810b.txt';
const source = { document: D2, section: '5. Implementatie van de handleiding', quote: '1. Management gaat akkoord' };

const plan: Plan = {
  institution: 'demo-instelling',
  stepsDone: 1,
  stepsTotal: 2,
  steps: [
    { number: 1, title: 'Management gaat akkoord met de implementatie', description: 'Het management stemt in.',
      defaultOwner: 'MANAGEMENT', source, status: 'DONE', ownerRole: 'MANAGEMENT', etag: '"v1"' },
    { number: 2, title: 'Projectgroep instellen', description: 'Met de cliëntenraad.', source,
      status: 'NOT_STARTED', etag: '"v0"' },
  ],
};

const advices: SelfAssessment = {
  institution: 'demo-instelling',
  counts: { NOT_STARTED: 1, PARTIAL: 1, DONE: 0, NOT_APPLICABLE: 0 },
  items: [
    { code: '1a', area: 'VOORLICHTING_CLIENTEN', text: 'Foldermateriaal in elke wachtruimte.', source, status: 'PARTIAL' },
    { code: '7a', area: 'VERWIJZING', text: 'Bij elke (her)indicatiestelling zelfhulp verkennen.', source, status: 'NOT_STARTED' },
  ],
};

const survey: SurveyResults = {
  institution: 'demo-instelling',
  minimumGroupSize: 5,
  rounds: [
    { id: 1, kind: 'BASELINE', label: 'Nulmeting', status: 'CLOSED', openedAt: '2026-01-01T00:00:00Z', respondents: 6, responded: false },
    { id: 2, kind: 'FOLLOW_UP', label: 'Vervolgmeting', status: 'OPEN', openedAt: '2026-06-01T00:00:00Z', respondents: 2, responded: true },
  ],
  questions: [
    { code: '9', text: 'Hoe plaatst u zelfhulpgroepen in het totale ‘hulp’aanbod?', kind: 'SINGLE',
      options: ['Alternatief', 'Parallel', 'Na behandeling', 'Geen'],
      rounds: [
        { roundId: 1, suppressed: false, answered: 6, counts: [0, 3, 3, 0] },
        { roundId: 2, suppressed: true },
      ] },
    { code: '10', text: 'Voor welke cliënten?', kind: 'MULTIPLE', options: ['Geen'],
      rounds: [{ roundId: 1, suppressed: true }, { roundId: 2, suppressed: true }] },
  ],
};

let puts: { url: string; ifMatch: string | null; body: unknown }[] = [];
const routes = [{ path: '/instelling', element: <InstitutionRoute /> }];

let planCalls = 0;

beforeEach(() => {
  puts = [];
  planCalls = 0;
  server.use(
    http.get('*/api/v1/implementation/plan', () => {
      planCalls += 1;
      return HttpResponse.json(plan);
    }),
    http.get('*/api/v1/implementation/advices', () => HttpResponse.json(advices)),
    http.get('*/api/v1/implementation/survey/results', () => HttpResponse.json(survey)),
    // No convenant yet: the API answers 204 without a body.
    http.get('*/api/v1/implementation/convenant', () => new HttpResponse(null, { status: 204 })),
    http.get('*/api/v1/implementation/contacts', () =>
      HttpResponse.json({ items: [{ id: 1, role: 'AANDACHTSFUNCTIONARIS', name: 'Anna de Vries', email: 'a@example.org' }] }),
    ),
    http.get('*/api/v1/implementation/facilities', () =>
      HttpResponse.json({ items: [{ id: 2, kind: 'MEETING_ROOM', location: 'Zaal 2', responsible: 'AA-groep', schedule: 'dinsdag 20.00 uur' }] }),
    ),
    http.put('*/api/v1/implementation/advices/:code', async ({ request, params }) => {
      const body = (await request.json()) as { status: 'DONE' };
      puts.push({ url: request.url, ifMatch: null, body });
      const advice = advices.items.find((a) => a.code === params.code)!;
      return HttpResponse.json({ ...advice, status: body.status, updatedBy: 'coordinator' });
    }),
    http.put('*/api/v1/implementation/plan/steps/:number', async ({ request, params }) => {
      const body = (await request.json()) as Record<string, string>;
      puts.push({ url: request.url, ifMatch: request.headers.get('If-Match'), body });
      if (request.headers.get('If-Match') !== '"v0"') {
        return HttpResponse.json({ title: 'Gegevens zijn intussen gewijzigd', status: 412 },
          { status: 412, headers: { 'Content-Type': 'application/problem+json' } });
      }
      const step = plan.steps.find((s) => s.number === Number(params.number))!;
      return HttpResponse.json({ ...step, ...body, updatedBy: 'coordinator', etag: '"v1"' });
    }),
  );
});

describe('Mijn instelling (route)', () => {
  it('asks to log in first', async () => {
    renderRoutes(routes, '/instelling');
    expect(screen.getByRole('heading', { level: 1, name: 'Mijn instelling' })).toBeInTheDocument();
    expect(await screen.findByText('Log in om de gegevens van uw instelling te zien.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
  });

  it('shows a medewerker the local contacts and where to go next, not the plan', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'], instelling: 'demo-instelling' });
    renderRoutes(routes, '/instelling');
    expect(await screen.findByText('Uw instelling heeft nog geen convenant vastgelegd.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/Aandachtsfunctionaris: Anna de Vries/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'a@example.org' })).toHaveAttribute('href', 'mailto:a@example.org');
    expect(screen.getByText(/Ruimte: Zaal 2 · voor AA-groep · dinsdag 20.00 uur/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Welke groep past? Maak een advies' })).toHaveAttribute('href', '/advies');
    expect(screen.queryByText('1 van de 2 stappen klaar.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opslaan' })).not.toBeInTheDocument();
    expect(planCalls).toBe(0);
  });

  it('shows a coordinator plan, self-assessment and survey results', async () => {
    await logInAs({ name: 'Cor Coördinator', roles: ['coordinator'], instelling: 'demo-instelling', username: 'coordinator' });
    renderRoutes(routes, '/instelling');
    expect(await screen.findByText('1 van de 2 stappen klaar.')).toBeInTheDocument();
    expect(screen.getByText('Instelling: demo-instelling')).toBeInTheDocument();
    expect(await screen.findByText(/Gedeeltelijk: 1/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Vraag 9\./ });
    expect(within(table).getByRole('row', { name: /Parallel/ })).toHaveTextContent('50% (3)');
    expect(within(table).getAllByText('te weinig antwoorden')).toHaveLength(4);
    expect(screen.queryByRole('table', { name: /Vraag 10\./ })).not.toBeInTheDocument();
    expect(await screen.findByText('Uw instelling heeft nog geen convenant vastgelegd.')).toBeInTheDocument();
  });

  it('lets a coordinator record progress with If-Match, and explains a conflict', async () => {
    const user = userEvent.setup();
    await logInAs({ name: 'Cor Coördinator', roles: ['coordinator'], instelling: 'demo-instelling', username: 'coordinator' });
    renderRoutes(routes, '/instelling');
    const step2 = await screen.findByRole('article', { name: '2. Projectgroep instellen' });
    await user.selectOptions(within(step2).getByLabelText('Status'), 'Bezig');
    await user.selectOptions(within(step2).getByLabelText('Eigenaar'), 'Projectgroep');
    await user.click(within(step2).getByRole('button', { name: 'Opslaan' }));
    expect(await within(step2).findByText('Opgeslagen.')).toBeInTheDocument();
    expect(puts[0]).toMatchObject({ ifMatch: '"v0"', body: { status: 'IN_PROGRESS', ownerRole: 'PROJECTGROEP' } });
    expect(within(step2).getByText('Bezig', { selector: '.zhw-status' })).toBeInTheDocument();

    const step1 = screen.getByRole('article', { name: /^1\. Management/ });
    await user.click(within(step1).getByRole('button', { name: 'Opslaan' }));
    expect(await within(step1).findByText(/Iemand anders heeft deze stap intussen gewijzigd/)).toBeInTheDocument();
  });

  it('lets a coordinator assess an advice', async () => {
    const user = userEvent.setup();
    await logInAs({ name: 'Cor Coördinator', roles: ['coordinator'], instelling: 'demo-instelling', username: 'coordinator' });
    renderRoutes(routes, '/instelling');
    const form = await screen.findByRole('form', { name: 'Advies 7a beoordelen' });
    await user.selectOptions(within(form).getByLabelText('Stand van advies 7a'), 'Uitgevoerd');
    await user.click(within(form).getByRole('button', { name: 'Opslaan advies 7a' }));
    expect(await within(form).findByText('Opgeslagen.')).toBeInTheDocument();
    expect(puts.at(-1)).toMatchObject({ url: expect.stringContaining('/advices/7a'), body: { status: 'DONE' } });
    expect(screen.getByText(/Uitgevoerd: 1/)).toBeInTheDocument();
  });
});
