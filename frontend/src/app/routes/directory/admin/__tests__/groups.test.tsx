import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';

import { utrechtGroup } from '@/features/directory/testing/meetings-data';
import { logInAs } from '@/testing/login';
import { server } from '@/testing/mocks/server';
import { renderRoutes } from '@/testing/test-utils';

import { GroupsAdminRoute } from '../groups';

const org = utrechtGroup.organisation;
const groups = [
  {
    slug: 'aa-utrecht-centrum', name: 'AA-groep Utrecht Centrum', organisation: org, city: 'Utrecht', status: 'ACTIVE',
    needsVerification: true, demo: false,
    meetings: [
      { slug: 'aa-utrecht-centrum-di', day: 2, startTime: '20:00', temporarilyClosed: false },
      { slug: 'aa-utrecht-centrum-za', day: 6, startTime: '10:30', temporarilyClosed: true },
    ],
  },
  {
    slug: 'aa-gent', name: 'AA Gent', organisation: org, city: 'Gent', status: 'INACTIVE', verifiedAt: '2026-11-10T09:00:00Z',
    needsVerification: false, demo: true, meetings: [],
  },
];
let queries: URLSearchParams[] = [];

beforeEach(() => {
  queries = [];
  server.use(
    http.get('*/api/v1/me', () => HttpResponse.json({ username: 'coordinator', name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' })),
    http.get('*/api/v1/admin/groups', ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: groups, page: 1, size: 20, totalItems: 2, totalPages: 1 });
    }),
  );
});

describe('Alle groepen (/beheer/groepen)', () => {
  it('lists groups with their meetings, each with an edit link, and their check and status', async () => {
    await logInAs({ name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' });
    renderRoutes([{ path: '/beheer/groepen', element: <GroupsAdminRoute /> }], '/beheer/groepen');
    expect(await screen.findByRole('heading', { name: '2 groepen' }, { timeout: 5000 })).toBeInTheDocument();
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]).getByRole('link', { name: /^AA-groep Utrecht Centrum\s*bewerken$/ })).toHaveAttribute(
      'href',
      '/beheer/groepen/aa-utrecht-centrum',
    );
    expect(within(rows[1]).getByRole('link', { name: /^dinsdag 20\.00\s*van AA-groep Utrecht Centrum bewerken$/ })).toHaveAttribute(
      'href',
      '/beheer/bijeenkomsten/aa-utrecht-centrum-di',
    );
    expect(within(rows[1]).getByText('(tijdelijk gesloten)', { exact: false })).toBeInTheDocument();
    expect(within(rows[1]).getByText('Te controleren')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Laatst op 10 november 2026')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Niet actief')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Voorbeeldgegevens')).toBeInTheDocument();
  });

  it('sends the chosen filters to the API and keeps them in the address', async () => {
    await logInAs({ name: 'Cor', roles: ['coordinator'], instelling: 'demo-instelling' });
    const user = userEvent.setup();
    renderRoutes([{ path: '/beheer/groepen', element: <GroupsAdminRoute /> }], '/beheer/groepen?status=ACTIVE');
    expect(await screen.findByRole('heading', { name: '2 groepen' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveValue('ACTIVE');
    await user.type(screen.getByLabelText('Naam van groep of organisatie'), 'AA');
    await user.type(screen.getByLabelText('Plaats'), 'Utrecht');
    await user.selectOptions(screen.getByLabelText('Controle'), 'Te controleren');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await screen.findByRole('heading', { name: '2 groepen' });
    const last = queries[queries.length - 1];
    expect(Object.fromEntries(last)).toEqual({
      page: '1', size: '20', q: 'AA', place: 'Utrecht', verification: 'DUE', status: 'ACTIVE',
    });
  });
});
