import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { EpdLinkRoute } from '@/app/routes/referrals/epd-link';
import { server } from '@/testing/mocks/server';
import { logInAs } from '@/testing/login';
import { renderRoutes } from '@/testing/test-utils';

import { AuditRoute } from '../audit';

const routes = [
  { path: '/logboek', element: <AuditRoute /> },
  { path: '/beheer/koppelingen', element: <EpdLinkRoute /> },
];

describe('beheerder: audit log and EPD link', { timeout: 20_000 }, () => {
  it('is only for beheerders', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    renderRoutes(routes, '/logboek');
    expect(await screen.findByText(/Deze pagina is voor beheerders\. U bent ingelogd zonder die rol\./)).toBeInTheDocument();
  });

  it('shows the access history of a client for a period', async () => {
    await logInAs({ name: 'Bea Beheerder', roles: ['beheerder'] });
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => { asked.push(request.url); });
    const user = userEvent.setup();
    renderRoutes(routes, '/logboek');
    await user.type(await screen.findByLabelText('Cliëntnummer'), 'EPD-4711');
    await user.type(screen.getByLabelText('Vanaf (mag leeg)'), '2026-12-01');
    await user.type(screen.getByLabelText('Tot en met (mag leeg)'), '2026-12-31');
    await user.click(screen.getByRole('button', { name: 'Geschiedenis tonen' }));
    const row = (await screen.findByText('Gemaakt (SUCCESS)')).closest('tr')!;
    expect(within(row).getByText('medewerker (medewerker)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exporteren als CSV' })).toBeInTheDocument();
    const url = new URL(asked.find((u) => u.includes('/audit/clients/'))!);
    expect(url.pathname).toBe('/api/v1/audit/clients/EPD-4711/events');
    expect(url.searchParams.get('from')).toBe('2026-12-01T00:00:00Z');
    expect(url.searchParams.get('to')).toBe('2027-01-01T00:00:00.000Z');
    server.events.removeAllListeners();
  });

  it('checks the chain and names the first broken link', async () => {
    await logInAs({ name: 'Bea Beheerder', roles: ['beheerder'] });
    server.use(http.post('*/api/v1/audit/verify', () => HttpResponse.json({ intact: false, firstBrokenLink: 'gebeurtenis 42' })));
    const user = userEvent.setup();
    renderRoutes(routes, '/logboek');
    await user.click(await screen.findByRole('button', { name: 'Logboek controleren' }));
    expect(await screen.findByText(/De eerste schakel die niet klopt: gebeurtenis 42\./)).toBeInTheDocument();
  });

  it('sends a dead letter again', async () => {
    await logInAs({ name: 'Bea Beheerder', roles: ['beheerder'] });
    const user = userEvent.setup();
    renderRoutes(routes, '/beheer/koppelingen');
    await user.click(await screen.findByRole('button', { name: /Opnieuw versturen/ }));
    expect(await screen.findByText('De melding wordt opnieuw verstuurd.')).toBeInTheDocument();
    expect(screen.getByText('Er zijn geen meldingen die niet aankwamen.')).toBeInTheDocument();
  });
});
