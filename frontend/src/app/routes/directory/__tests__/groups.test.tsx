import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { isoDayToday } from '@/features/directory/utils/meeting-filters';
import { server } from '@/testing/mocks/server';
import { renderRoutes } from '@/testing/test-utils';

import { GroupRoute } from '../group';
import { GroupsRoute } from '../groups';

const routes = [
  { path: '/groepen', element: <GroupsRoute /> },
  { path: '/groepen/:slug', element: <GroupRoute /> },
];

describe('Groep zoeken (route)', () => {
  it('asks for today by default and shows "nu bezig" and the labels', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => requests.push(request.url));
    renderRoutes(routes, '/groepen');
    await screen.findByRole('heading', { level: 2, name: /gevonden/ });
    expect(requests.at(-1)).toContain(`day=${isoDayToday()}`);
    expect(screen.getByLabelText('Dag')).toHaveValue('today');
    expect(document.title).toBe('Groep zoeken – Zelfhulpwijzer');
    server.events.removeAllListeners();
  });

  it('shows every day with day=all: next meeting, attendance, demo label and the in-progress banner', async () => {
    renderRoutes(routes, '/groepen?day=all');
    expect(await screen.findByRole('heading', { name: '2 bijeenkomsten gevonden' })).toBeInTheDocument();
    expect(screen.getByText(/Nu bezig: AA Utrecht De Bron/)).toBeInTheDocument();
    expect(screen.getByText('Voorbeeldgegevens')).toBeInTheDocument();
    expect(screen.getByText('Gegevens mogelijk verouderd')).toBeInTheDocument();
    expect(screen.getByText(/Elke tweede maandag van de maand, 20:00–21:30/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'AA Utrecht De Bron' })).toHaveAttribute('href', '/groepen/test-aa-utrecht');
  });

  it('keeps the filters in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/groepen?day=all');
    await screen.findByRole('heading', { name: /gevonden/ });
    await user.type(screen.getByLabelText('Zoekwoord'), 'gokkers');
    await user.selectOptions(screen.getByLabelText('Dagdeel'), 'Avond (17–21 uur)');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByRole('heading', { name: '1 bijeenkomst gevonden' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=gokkers&day=all&time_of_day=EVENING');
  });
});

describe('Groep (route)', () => {
  it('shows the group, its meetings with an agenda link, and takes a report', async () => {
    const user = userEvent.setup();
    renderRoutes(routes, '/groepen/test-aa-utrecht');
    expect(await screen.findByRole('heading', { level: 1, name: 'AA Utrecht De Bron' })).toBeInTheDocument();
    expect(screen.getByText('Voorzitter: 030 123 45 67')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Zet in agenda/ })).toHaveAttribute('href', '/api/v1/meetings/test-aa-utrecht-wo/ics');
    expect(screen.getByRole('link', { name: /Route naar deze plek/ })).toHaveAttribute('href', expect.stringContaining('openstreetmap.org/directions'));

    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(screen.getByText('Kies wat er niet klopt.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Wat klopt er niet?'), 'Iets anders');
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(await screen.findByText('Schrijf kort wat er niet klopt.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Wat is de juiste informatie?'), 'Begint nu om 20:00.');
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(await screen.findByText('Dank u. Een coördinator kijkt naar uw melding.')).toBeInTheDocument();
  });

  it('says so when a group does not exist', async () => {
    renderRoutes(routes, '/groepen/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Groep niet gevonden' })).toBeInTheDocument();
  });
});
