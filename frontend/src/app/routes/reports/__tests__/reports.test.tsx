import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';
import { logInAs } from '@/testing/login';
import { renderRoutes } from '@/testing/test-utils';

import { ReportsPageRoute } from '../reports';

const routes = [{ path: '/rapportages', element: <ReportsPageRoute /> }];

const report = {
  period: { from: '2025-12-07', to: '2026-12-06' },
  minimumCount: 5,
  total: 30,
  indicators: [
    { dimension: 'ROUTE', total: 30, cells: [{ key: 'DIRECT', count: 7 }, { key: 'VIA_MAKELAAR', count: 20 }, { key: 'VIA_CONTACT_PERSON' }] },
    { dimension: 'MONTH', cells: [] },
    { dimension: 'ORGANISATION', total: 30, cells: [{ key: 'aa-nederland', count: 30 }] },
  ],
  firstMeetingByStaff: 0.5,
  daysToFirstMeeting: {},
  organisationNames: { 'aa-nederland': 'Anonieme Alcoholisten Nederland' },
};

describe('Rapportages', { timeout: 20_000 }, () => {
  it('is only for coordinators and beheerders', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    renderRoutes(routes, '/rapportages');
    expect(await screen.findByText(/Deze pagina is voor coördinatoren en beheerders\./)).toBeInTheDocument();
  });

  it('shows each indicator as a table with "< 5" for hidden counts and a text summary', async () => {
    await logInAs({ name: 'Cor Coordinator', roles: ['coordinator'] });
    server.use(
      http.get('*/api/v1/reports/referrals', () => HttpResponse.json(report)),
      http.get('*/api/v1/reports/survey', () => HttpResponse.json({ minimumCount: 5, questions: [] })),
    );
    renderRoutes(routes, '/rapportages');
    const route = await screen.findByRole('region', { name: 'Route' });
    const table = within(route).getByRole('table');
    expect(within(table).getByRole('row', { name: 'Via contactpersoon < 5' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Totaal 30' })).toBeInTheDocument();
    expect(within(route).getByText(/Het meest: Via makelaar \(20\)\. Verborgen: 1/)).toBeInTheDocument();
    expect(screen.getByText(/volgens de medewerker: 50%/)).toBeInTheDocument();
    expect(screen.getByText(/volgens de cliënt: verborgen \(te weinig verwijzingen\)/)).toBeInTheDocument();
    expect(screen.getByText(/eerste bijeenkomst: verborgen, want minder dan 5/)).toBeInTheDocument();
    expect(screen.getByText(/Nabespreking op tijd gedaan .*: verborgen/)).toBeInTheDocument();
    const organisation = screen.getByRole('region', { name: 'Organisatie' });
    expect(within(organisation).getByRole('row', { name: 'Anonieme Alcoholisten Nederland 30' })).toBeInTheDocument();
    expect(await screen.findByText('Er is nog geen nulmeting.')).toBeInTheDocument();
  });
});
