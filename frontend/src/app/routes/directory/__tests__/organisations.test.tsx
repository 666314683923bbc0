import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';
import { renderRoutes } from '@/testing/test-utils';

import { OrganisationsRoute } from '../organisations';

const routes = [
  { path: '/', element: <OrganisationsRoute /> },
  { path: '/organisaties', element: <OrganisationsRoute /> },
];

describe('Organisaties zoeken (route)', () => {
  it('lists organisations from the API and sets the page title', async () => {
    renderRoutes(routes, '/');
    expect(screen.getByRole('status')).toHaveTextContent('De organisaties worden gezocht…');
    expect(await screen.findByRole('heading', { name: '6 organisaties gevonden' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(6);
    expect(document.title).toBe('Organisaties zoeken – Zelfhulpwijzer');
  });

  it('filters by doelgroep: the URL carries the filter and the list narrows', async () => {
    const user = userEvent.setup();
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => requests.push(request.url));
    const { router } = renderRoutes(routes, '/organisaties');
    await screen.findByRole('heading', { name: '6 organisaties gevonden' });

    await user.selectOptions(screen.getByLabelText('Doelgroep'), 'Partner');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(await screen.findByRole('heading', { name: '2 organisaties gevonden' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/organisaties');
    expect(router.state.location.search).toBe('?audience=PARTNER');
    expect(screen.getByRole('link', { name: 'Al-Anon Familiegroepen Nederland (Al-Anon)' })).toBeInTheDocument();
    expect(requests.at(-1)).toContain('audience=PARTNER');
    server.events.removeAllListeners();
  });

  it('fills the form from a shared link and follows the back button', async () => {
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/?q=anon&country=NL');
    await screen.findByRole('heading', { name: /gevonden/ });
    expect(screen.getByLabelText('Zoekwoord')).toHaveValue('anon');
    expect(screen.getByLabelText('Land')).toHaveValue('NL');

    await user.clear(screen.getByLabelText('Zoekwoord'));
    await user.type(screen.getByLabelText('Zoekwoord'), 'gok');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByRole('heading', { name: '1 organisatie gevonden' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=gok&country=NL');

    await router.navigate(-1);
    await waitFor(() => expect(screen.getByLabelText('Zoekwoord')).toHaveValue('anon'));
  });

  it('shows an empty state', async () => {
    renderRoutes(routes, '/?q=bestaat-niet');
    expect(await screen.findByRole('heading', { name: 'Geen organisaties gevonden' })).toBeInTheDocument();
  });

  it('shows the problem title and detail when the API refuses the search', async () => {
    server.use(
      http.get('*/api/v1/organisations', () =>
        HttpResponse.json(
          {
            type: 'https://zelfhulpwijzer.nl/problems/bad-request',
            title: 'Ongeldige zoekvraag',
            status: 400,
            detail: 'De filter klopt niet.',
            errors: [{ field: 'audience', message: 'onbekende waarde' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderRoutes(routes, '/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Ongeldige zoekvraag' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('De filter klopt niet.');
    expect(alert).toHaveTextContent('audience: onbekende waarde');
  });

  it('says so in Dutch when the server cannot be reached', async () => {
    server.use(http.get('*/api/v1/organisations', () => HttpResponse.error()));
    renderRoutes(routes, '/');
    expect(await screen.findByRole('alert')).toHaveTextContent('De server is niet bereikbaar');
  });
});
