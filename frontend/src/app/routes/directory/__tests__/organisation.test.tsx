import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderRoutes } from '@/testing/test-utils';

import { OrganisationRoute } from '../organisation';

const routes = [{ path: '/organisaties/:id', element: <OrganisationRoute /> }];

describe('Organisatie (route)', () => {
  it('shows the organisation with contact points and source', async () => {
    renderRoutes(routes, '/organisaties/aa-nederland');
    expect(await screen.findByRole('heading', { level: 1, name: /Anonieme Alcoholisten Nederland/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '010 243 01 75' })).toHaveAttribute('href', 'tel:0102430175');
    expect(screen.getByText('Bron: 002_e30f9ceb731b810b.txt, Bijlage 3')).toBeInTheDocument();
    // the title follows the answer in an effect, which React may run just after the page is shown
    await waitFor(() => expect(document.title).toBe('Anonieme Alcoholisten Nederland – Zelfhulpwijzer'));
  });

  it('shows a Dutch not-found page for an unknown id', async () => {
    renderRoutes(routes, '/organisaties/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisatie niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zoek een organisatie' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe('Organisatie niet gevonden – Zelfhulpwijzer'));
  });
});
