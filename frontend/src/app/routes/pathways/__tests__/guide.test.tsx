import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { pathwaysFor } from '@/features/pathways/testing/pathways-data';
import { logInAs } from '@/testing/login';
import { server } from '@/testing/mocks/server';
import { renderRoutes } from '@/testing/test-utils';

import { PathwayGuideRoute } from '../guide';

const routes = [{ path: '/wat-kan-ik-doen', element: <PathwayGuideRoute /> }];
let requests: string[] = [];

beforeEach(() => {
  requests = [];
  server.use(
    http.get('*/api/v1/pathways', ({ request }) => {
      requests.push(request.url);
      const url = new URL(request.url);
      return HttpResponse.json(pathwaysFor(url.searchParams.get('phase'), url.searchParams.get('variant')));
    }),
  );
});

describe('Wat kan ik nu doen? (route)', () => {
  it('asks for a phase first and loads nothing before that', async () => {
    const user = userEvent.setup();
    renderRoutes(routes, '/wat-kan-ik-doen');
    expect(screen.getByRole('heading', { level: 1, name: 'Wat kan ik nu doen?' })).toBeInTheDocument();
    expect(screen.getByText(/Kies links een fase/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Toon wat u kunt doen' }));
    expect(screen.getByText('Kies eerst een fase.')).toBeInTheDocument();
    expect(screen.getByLabelText('Fase van de behandeling')).toHaveFocus();
    expect(screen.getByLabelText('Fase van de behandeling')).toHaveAttribute('aria-invalid', 'true');
    expect(requests).toHaveLength(0);
    expect(document.title).toBe('Wat kan ik nu doen? – Zelfhulpwijzer');
  });

  it('leads staff on to the advice and the group finder', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'], instelling: 'demo-instelling' });
    renderRoutes(routes, '/wat-kan-ik-doen');
    const next = await screen.findByRole('navigation', { name: 'Verder met de cliënt' });
    expect(within(next).getByRole('link', { name: 'Welke groep past? Maak een advies' })).toHaveAttribute('href', '/advies');
    expect(within(next).getByRole('link', { name: /zoek een groep in de buurt/ })).toHaveAttribute('href', '/bijeenkomsten');
  });

  it('leads someone without an account to the finder and the groups for family, not to the advice that needs a login', async () => {
    renderRoutes(routes, '/wat-kan-ik-doen');
    const next = await screen.findByRole('navigation', { name: 'Verder' });
    expect(within(next).getByRole('link', { name: /Zoek een groep in de buurt/ })).toHaveAttribute('href', '/bijeenkomsten');
    expect(within(next).getByRole('link', { name: 'groepen voor familie en naasten' }))
      .toHaveAttribute('href', '/bijeenkomsten?audience=RELATIVE&day=all');
    expect(within(next).queryByRole('link', { name: /advies/ })).not.toBeInTheDocument();
  });

  it('does not ask about the institution, and names the makelaar the institution recorded', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'], instelling: 'demo-instelling' });
    server.use(
      http.get('*/api/v1/implementation/contacts', () =>
        HttpResponse.json({
          items: [
            { id: 1, role: 'AANDACHTSFUNCTIONARIS', name: 'Anna de Vries' },
            { id: 2, role: 'MAKELAAR', name: 'Mo Makelaar', function: 'Maatschappelijk werker', phone: '030 123 45 67' },
          ],
        }),
      ),
    );
    renderRoutes(routes, '/wat-kan-ik-doen?fase=INTAKE');
    expect(screen.queryByLabelText(/instelling/i)).not.toBeInTheDocument();
    const note = await screen.findByRole('region', { name: 'Wie is de makelaar?' });
    expect(await within(note).findByText(/Mo Makelaar, Maatschappelijk werker/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(note).getByRole('link', { name: '030 123 45 67' })).toHaveAttribute('href', 'tel:0301234567');
    expect(within(note).queryByText(/Anna de Vries/)).not.toBeInTheDocument();
  });

  it('says how to find a makelaar when none is recorded or nobody is logged in', async () => {
    renderRoutes(routes, '/wat-kan-ik-doen?fase=INTAKE');
    const note = await screen.findByRole('region', { name: 'Wie is de makelaar?' });
    expect(within(note).getByText(/Log in om de makelaar van uw instelling te zien/)).toBeInTheDocument();
    expect(within(note).getByText(/Vraag het de aandachtsfunctionaris zelfhulp/)).toBeInTheDocument();
  });

  it('shows the steps for the chosen phase and route, with sources', async () => {
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/wat-kan-ik-doen');
    await user.selectOptions(screen.getByLabelText('Fase van de behandeling'), 'Intake');
    await user.selectOptions(screen.getByLabelText('Voor wie'), 'Naasten en familie');
    await user.click(screen.getByRole('button', { name: 'Toon wat u kunt doen' }));

    expect(await screen.findByRole('heading', { name: '1 stap voor de fase ‘Intake’' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?fase=INTAKE&route=NAASTEN');
    expect(requests.at(-1)).toContain('phase=INTAKE');
    expect(requests.at(-1)).toContain('variant=NAASTEN');
    const step = screen.getByRole('article', { name: 'Voorlichting bij de eerste gelegenheid' });
    expect(within(step).getByText(/Wie: Hulpverlener/)).toBeInTheDocument();
    expect(within(step).getAllByText(/Handleiding ‘Onbenutte mogelijkheden’/).length).toBeGreaterThan(0);
    expect(document.title).toBe('Wat kan ik nu doen? Intake – Zelfhulpwijzer');
  });

  it('links each step to its printable sheet', async () => {
    renderRoutes(routes, '/wat-kan-ik-doen?fase=INTAKE&route=NAASTEN');
    const step = await screen.findByRole('article', { name: 'Voorlichting bij de eerste gelegenheid' });
    expect(within(step).getByRole('link', { name: 'Werkblad bij deze stap afdrukken' })).toHaveAttribute(
      'href',
      '/folder?soort=werkblad&zorgpad=naasten&stap=naasten-eerste-gelegenheid',
    );
  });

  it('ticks the checklist for this conversation only: nothing is sent or kept', async () => {
    const user = userEvent.setup();
    renderRoutes(routes, '/wat-kan-ik-doen?fase=INTAKE&route=NAASTEN');
    await screen.findByRole('heading', { name: /stap voor de fase/ });
    expect(screen.getByText('0 van 2 punten afgevinkt. De vinkjes worden niet bewaard.')).toBeInTheDocument();
    const sent = requests.length;

    await user.click(screen.getByRole('checkbox', { name: 'Familie gewezen op groepen voor henzelf.' }));
    expect(screen.getByRole('checkbox', { name: 'Familie gewezen op groepen voor henzelf.' })).toBeChecked();
    expect(screen.getByText('1 van 2 punten afgevinkt. De vinkjes worden niet bewaard.')).toBeInTheDocument();
    expect(requests).toHaveLength(sent);
    expect(sessionStorage.length + localStorage.length).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Vinkjes wissen' }));
    expect(screen.getByRole('checkbox', { name: 'Familie gewezen op groepen voor henzelf.' })).not.toBeChecked();
  });

  it('prints the page', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderRoutes(routes, '/wat-kan-ik-doen?fase=INTAKE');
    await screen.findByRole('heading', { name: /voor de fase ‘Intake’/ });
    await user.click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('marks steps that the source does not state itself', async () => {
    renderRoutes(routes, '/wat-kan-ik-doen?fase=NAZORG&route=LVB');
    const step = await screen.findByRole('article', { name: 'De SOS-kaart' });
    expect(within(step).getByText(/Let op, afgeleid:/)).toBeInTheDocument();
    expect(within(step).getByText('SOS-kaart uit het deelnemerswerkboek.')).toBeInTheDocument();
  });

  it('says so when nothing fits, and shows problems from the API', async () => {
    renderRoutes(routes, '/wat-kan-ik-doen?fase=WACHTLIJST&route=LVB');
    expect(await screen.findByRole('heading', { name: 'Geen stappen gevonden' })).toBeInTheDocument();

    server.use(
      http.get('*/api/v1/pathways', () =>
        HttpResponse.json(
          { title: 'Ongeldige invoer', status: 400, detail: 'Een of meer velden zijn niet goed ingevuld.' },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderRoutes(routes, '/wat-kan-ik-doen?fase=INTAKE');
    expect(await screen.findByRole('heading', { name: 'Ongeldige invoer' })).toBeInTheDocument();
  });

  it('shows barriers with answers for the whole pathway', async () => {
    const user = userEvent.setup();
    renderRoutes(routes, '/wat-kan-ik-doen?fase=INTAKE&route=NAASTEN');
    await screen.findByRole('heading', { name: /stap voor de fase/ });
    await user.click(screen.getByText('Drempels en tips voor dit zorgpad (1)'));
    expect(screen.getByText(/Zorg voor concrete informatie over groepen en contactpersonen/)).toBeVisible();
  });
});
