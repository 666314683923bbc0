import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { routes } from '@/app/router';
import { renderRoutes } from '@/testing/test-utils';

describe('app routes', () => {
  it('shows a Dutch 404 page for an unknown address, inside the normal layout', async () => {
    renderRoutes(routes, '/dit/bestaat/niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(document.title).toBe('Pagina niet gevonden – Zelfhulpwijzer');
  });

  it('shows the frame and a loading message at once while the code of a page opened directly still loads', async () => {
    renderRoutes(routes, '/wat-kan-ik-doen');
    // before any code of the page has loaded: no blank screen
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('De pagina wordt geladen…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Wat kan ik nu doen?' })).toBeInTheDocument();
    expect(screen.queryByText('De pagina wordt geladen…')).not.toBeInTheDocument();
  });
});
