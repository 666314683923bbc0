import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { allMeetings, groupPage, onlineNow, page, utrechtGroup, utrechtMonday } from '@/features/directory/testing/meetings-data';
import { isoDayInAmsterdam } from '@/features/directory/utils/meeting-filters';
import { logInAs } from '@/testing/login';
import { server } from '@/testing/mocks/server';
import { renderRoutes } from '@/testing/test-utils';

import { GroupRoute } from '../group';
import { MeetingRoute } from '../meeting';
import { MeetingsRoute } from '../meetings';
import { MeetingsPrintRoute } from '../meetings-print';

const routes = [
  { path: '/bijeenkomsten', element: <MeetingsRoute /> },
  { path: '/bijeenkomsten/afdrukken', element: <MeetingsPrintRoute onPrint={() => undefined} /> },
  { path: '/bijeenkomsten/:slug', element: <MeetingRoute /> },
  { path: '/groepen/:slug', element: <GroupRoute /> },
];

let requests: URL[] = [];

beforeEach(() => {
  requests = [];
  server.use(
    http.get('*/api/v1/meetings', ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      const day = url.searchParams.get('day');
      const tod = url.searchParams.get('time_of_day');
      let items = allMeetings;
      if (url.searchParams.get('size') === '100' && day) items = [onlineNow];
      else if (tod === 'MORNING') items = [onlineNow];
      return HttpResponse.json(page(items, Number(url.searchParams.get('page') ?? 1), Number(url.searchParams.get('size') ?? 20)));
    }),
    http.get('*/api/v1/meeting-groups', ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      const items = url.searchParams.get('time_of_day') === 'MORNING' ? [onlineNow] : allMeetings;
      return HttpResponse.json(groupPage(items, Number(url.searchParams.get('page') ?? 1), Number(url.searchParams.get('size') ?? 20)));
    }),
    http.get('*/api/v1/meetings/:slug', ({ params }) => {
      const m = allMeetings.find((x) => x.slug === params.slug);
      return m
        ? HttpResponse.json(m)
        : HttpResponse.json(
            { title: 'Niet gevonden', status: 404, detail: 'Er is geen bijeenkomst.' },
            { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
          );
    }),
    http.get('*/api/v1/groups/:slug', () => HttpResponse.json(utrechtGroup)),
  );
});

afterEach(() => {
  server.events.removeAllListeners();
});

describe('Groep vinden (list)', () => {
  it('shows today by default, with the "nu bezig" banner and the demo label', async () => {
    renderRoutes(routes, '/bijeenkomsten');
    expect(await screen.findByRole('heading', { name: '3 groepen gevonden vandaag' })).toBeInTheDocument();
    const today = String(isoDayInAmsterdam());
    const list = requests.find((u) => u.pathname.endsWith('/meeting-groups'));
    expect(list?.searchParams.get('day')).toBe(today);
    expect(screen.getByLabelText('Dag')).toHaveValue('today');

    const banner = await screen.findByRole('region', { name: 'Nu bezig: 1 bijeenkomst' });
    expect(within(banner).getByRole('link', { name: 'Al-Anon online' })).toHaveAttribute('href', '/bijeenkomsten/al-anon-online-wo');

    const card = screen.getByRole('article', { name: 'AA-groep Utrecht Centrum' });
    expect(within(card).getByRole('link', { name: 'AA-groep Utrecht Centrum' })).toHaveAttribute('href', '/groepen/aa-utrecht-centrum');
    expect(within(card).getByText('Voorbeeldgegevens')).toBeVisible();
    expect(within(card).getByText('Elke maandag, 19:30–21:00')).toBeInTheDocument();
    expect(document.title).toBe('Groep vinden: groepen vandaag – Zelfhulpwijzer');
  });

  it('puts the chosen filters in the URL and asks the API for them', async () => {
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/bijeenkomsten');
    await screen.findByRole('heading', { name: /gevonden vandaag/ });

    await user.selectOptions(screen.getByLabelText('Dag'), 'Alle dagen');
    await user.selectOptions(screen.getByLabelText('Tijd van de dag'), 'Ochtend (4 tot 12 uur)');
    await user.type(screen.getByLabelText('Provincie of regio'), 'Utrecht');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    expect(await screen.findByRole('heading', { name: '1 groep gevonden op alle dagen' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?place=Utrecht&day=all&time_of_day=MORNING');
    const last = requests.filter((u) => u.pathname.endsWith('/meeting-groups')).at(-1)!;
    expect(last.searchParams.get('day')).toBeNull();
    expect(last.searchParams.get('time_of_day')).toBe('MORNING');
    expect(last.searchParams.get('place')).toBe('Utrecht');
    expect(screen.getByRole('link', { name: 'Lijst voor de wachtkamer (afdrukken)' })).toHaveAttribute(
      'href',
      '/bijeenkomsten/afdrukken?place=Utrecht&day=all&time_of_day=MORNING',
    );
  });

  it('searches around a place or postcode, nearest first, within the chosen radius', async () => {
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/bijeenkomsten?day=all');
    await screen.findByRole('heading', { name: /gevonden op alle dagen/ });
    await user.type(screen.getByLabelText('Plaats of postcode'), '3511');
    await user.selectOptions(screen.getByLabelText('Afstand'), 'Binnen 10 km');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByRole('heading', { name: /gevonden op alle dagen, binnen 10 km van 3511/ })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?day=all&near=3511&radius_km=10');
    const last = requests.filter((u) => u.pathname.endsWith('/meeting-groups')).at(-1)!;
    expect(last.searchParams.get('near')).toBe('3511');
    expect(last.searchParams.get('radius_km')).toBe('10');
    expect(last.searchParams.get('lat')).toBeNull();
  });

  it('searches near the user, with the location rounded to about 1 km', async () => {
    const user = userEvent.setup();
    const getCurrentPosition = vi.fn((ok: PositionCallback) =>
      ok({ coords: { latitude: 52.090712, longitude: 5.121423 } } as GeolocationPosition),
    );
    Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition }, configurable: true });
    const { router } = renderRoutes(routes, '/bijeenkomsten?day=all');
    await screen.findByRole('heading', { name: /gevonden op alle dagen/ });
    await user.click(screen.getByRole('button', { name: 'Gebruik mijn locatie' }));
    expect(await screen.findByRole('heading', { name: /gevonden op alle dagen, binnen 25 km/ })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?day=all&lat=52.09&lon=5.12');
    const last = requests.filter((u) => u.pathname.endsWith('/meeting-groups')).at(-1)!;
    expect(last.searchParams.get('lat')).toBe('52.09');
    expect(last.searchParams.get('radius_km')).toBe('25');

    await user.click(screen.getByRole('button', { name: 'Niet meer in de buurt zoeken' }));
    await waitFor(() => expect(router.state.location.search).toBe('?day=all'));
  });

  it('explains when the location is not known', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'geolocation', {
      value: { getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1 } as GeolocationPositionError) },
      configurable: true,
    });
    renderRoutes(routes, '/bijeenkomsten');
    await user.click(await screen.findByRole('button', { name: 'Gebruik mijn locatie' }));
    expect(await screen.findByText(/Uw locatie is niet bekend/)).toBeInTheDocument();
  });

  it('shows field errors of the API as a problem', async () => {
    server.use(
      http.get('*/api/v1/meeting-groups', () =>
        HttpResponse.json(
          { title: 'Ongeldige invoer', status: 400, errors: [{ field: 'place', message: 'Gebruik hoogstens 100 tekens.' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderRoutes(routes, '/bijeenkomsten');
    expect(await screen.findByRole('heading', { name: 'Ongeldige invoer' })).toBeInTheDocument();
    expect(screen.getByText('place: Gebruik hoogstens 100 tekens.')).toBeInTheDocument();
  });
});

describe('Bijeenkomst (detail)', () => {
  it('shows when and where, agenda, route, share, print, contact and the demo warning', async () => {
    renderRoutes(routes, '/bijeenkomsten/aa-utrecht-centrum-ma');
    expect(await screen.findByRole('heading', { level: 1, name: 'AA Utrecht Centrum' })).toBeInTheDocument();
    expect(screen.getByText(/Deze groep en bijeenkomst zijn verzonnen/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zet in agenda' })).toHaveAttribute('href', '/api/v1/meetings/aa-utrecht-centrum-ma/ics');
    expect(screen.getByRole('link', { name: /Route plannen/ })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/directions?route=%3B52.09%2C5.12',
    );
    expect(screen.getByRole('button', { name: 'Delen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeInTheDocument();
    const contact = await screen.findByRole('region', { name: 'Contact met de groep' });
    expect(within(contact).getByRole('link', { name: '030 123 45 67' })).toHaveAttribute('href', 'tel:0301234567');
    expect(within(contact).getByText('Secretaris')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('AA Utrecht Centrum – Zelfhulpwijzer'));
    expect(screen.getByRole('link', { name: 'per e-mail' }).getAttribute('href')).toMatch(/^mailto:\?subject=Zelfhulpgroep/);
    expect(screen.getByRole('link', { name: 'als sms' }).getAttribute('href')).toMatch(/^sms:\?body=Hallo/);
    expect(screen.queryByRole('link', { name: 'Bijeenkomst bewerken' })).not.toBeInTheDocument();
  });

  it('gives a coordinator edit links for the meeting and its group', async () => {
    await logInAs({ name: 'Cor', roles: ['coordinator'] });
    renderRoutes(routes, '/bijeenkomsten/aa-utrecht-centrum-ma');
    expect(await screen.findByRole('link', { name: 'Bijeenkomst bewerken' })).toHaveAttribute('href', '/beheer/bijeenkomsten/aa-utrecht-centrum-ma');
    expect(screen.getByRole('link', { name: 'Groep bewerken' })).toHaveAttribute('href', `/beheer/groepen/${utrechtMonday.groupSlug}`);
  });

  it('copies the link when the browser cannot share', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderRoutes(routes, '/bijeenkomsten/aa-utrecht-centrum-ma');
    await user.click(await screen.findByRole('button', { name: 'Delen' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('/bijeenkomsten/aa-utrecht-centrum-ma'));
    expect(await screen.findByText('De link is gekopieerd. Plak hem in een e-mail of bericht.')).toBeInTheDocument();
  });

  it('sends a report of wrong information, and asks for a reason first', async () => {
    const user = userEvent.setup();
    let body: unknown;
    server.use(
      http.post('*/api/v1/groups/:slug/reports', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(
          { id: 1, groupSlug: 'aa-utrecht-centrum', groupName: 'x', reason: 'WRONG_TIME', status: 'OPEN', createdAt: '2026-11-25T12:00:00Z' },
          { status: 201 },
        );
      }),
    );
    renderRoutes(routes, '/bijeenkomsten/aa-utrecht-centrum-ma');
    await user.click(await screen.findByRole('button', { name: 'Melding versturen' }));
    expect(screen.getByText('Kies wat er niet klopt.')).toBeInTheDocument();
    expect(screen.getByLabelText('Wat klopt er niet?')).toHaveFocus();

    await user.selectOptions(screen.getByLabelText('Wat klopt er niet?'), 'De dag of tijd klopt niet');
    await user.type(screen.getByLabelText('Toelichting (niet verplicht)'), 'Begint om 20:00');
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(await screen.findByText('Dank u wel. Een coördinator kijkt naar uw melding.')).toBeInTheDocument();
    expect(body).toEqual({ reason: 'WRONG_TIME', meetingSlug: 'aa-utrecht-centrum-ma', message: 'Begint om 20:00' });
  });

  it('says "Bijeenkomst niet gevonden" for an unknown slug', async () => {
    renderRoutes(routes, '/bijeenkomsten/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bijeenkomst niet gevonden' })).toBeInTheDocument();
  });
});

describe('Groep (pagina)', () => {
  it('shows the days, the address, the labelled contact route, the check date, the organisation and sharing', async () => {
    renderRoutes(routes, '/groepen/aa-utrecht-centrum');
    expect(await screen.findByRole('heading', { level: 1, name: 'AA-groep Utrecht Centrum' })).toBeInTheDocument();
    const when = screen.getByRole('region', { name: 'Wanneer en waar' });
    expect(within(when).getByRole('link', { name: 'Elke maandag, 19:30–21:00' })).toHaveAttribute('href', '/bijeenkomsten/aa-utrecht-centrum-ma');
    const contact = screen.getByRole('region', { name: 'Contact met de groep' });
    expect(within(contact).getByText('Secretaris')).toBeInTheDocument();
    expect(within(contact).getByRole('link', { name: '030 123 45 67' })).toHaveAttribute('href', 'tel:0301234567');
    expect(within(contact).getByRole('link', { name: 'als sms' }).getAttribute('href')).toMatch(/Secretaris%3A%20030%20123%2045%2067/);
    expect(screen.getAllByRole('link', { name: 'Anonieme Alcoholisten Nederland' })[0]).toHaveAttribute('href', '/organisaties/aa-nederland');
    expect(screen.getByText(/Nog nooit gecontroleerd|Laatst gecontroleerd op/)).toBeInTheDocument();
    expect(screen.getByText(/Deze groep is verzonnen/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bewerken' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Folder openen over AA-groep Utrecht Centrum' }).getAttribute('href')).toMatch(/aa-utrecht-centrum/);
  });

  it('gives a coordinator "Bewerken"', async () => {
    await logInAs({ name: 'Cor', roles: ['coordinator'] });
    renderRoutes(routes, '/groepen/aa-utrecht-centrum');
    expect(await screen.findByRole('link', { name: 'Bewerken' })).toHaveAttribute('href', '/beheer/groepen/aa-utrecht-centrum');
  });

  it('is reached from the meeting page', async () => {
    renderRoutes(routes, '/bijeenkomsten/aa-utrecht-centrum-ma');
    expect(await screen.findByRole('link', { name: 'AA-groep Utrecht Centrum' })).toHaveAttribute('href', '/groepen/aa-utrecht-centrum');
  });
});

describe('Lijst voor de wachtkamer', () => {
  it('lists the whole week by day and time, with the demo label', async () => {
    renderRoutes(routes, '/bijeenkomsten/afdrukken?place=Utrecht');
    expect(await screen.findByRole('heading', { level: 1, name: 'Zelfhulpgroepen in Utrecht' })).toBeInTheDocument();
    const days = await screen.findAllByRole('heading', { level: 2 });
    expect(days.map((h) => h.textContent)).toEqual(['Maandag', 'Woensdag', 'Vrijdag']);
    expect(screen.getByText(/Voorbeeldgegevens/)).toBeInTheDocument();
    expect(screen.getByText('(tweede vrijdag van de maand)', { exact: false })).toBeInTheDocument();
    const printRequest = requests.at(-1)!;
    expect(printRequest.pathname).toBe('/api/v1/meeting-groups');
    expect(printRequest.searchParams.get('day')).toBeNull();
    expect(printRequest.searchParams.get('size')).toBe('100');
    await waitFor(() => expect(document.title).toBe('Zelfhulpgroepen in Utrecht – Zelfhulpwijzer'));
  });

  it("gives each group's own contact route, labelled with its role", async () => {
    renderRoutes(routes, '/bijeenkomsten/afdrukken?place=Utrecht');
    expect((await screen.findAllByRole('columnheader', { name: 'Contact' }, { timeout: 5000 })).length).toBeGreaterThan(0);
    expect(screen.getByRole('cell', { name: 'Secretaris: 030 123 45 67, utrecht@voorbeeld.example' })).toBeInTheDocument();
    expect(screen.getAllByRole('cell', { name: 'Via Al-Anon Familiegroepen Nederland' }).length).toBeGreaterThan(0);
  });

  it('ends with a QR code and the written address of the same search online', async () => {
    renderRoutes(routes, '/bijeenkomsten/afdrukken?place=Utrecht');
    const qr = await screen.findByRole('img', { name: 'QR-code naar deze lijst op de Zelfhulpwijzer' }, { timeout: 5000 });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
    expect(screen.getByText(`${window.location.origin}/bijeenkomsten?place=Utrecht`)).toBeInTheDocument();
  });
});

// keep utrechtMonday referenced for readers: the demo meeting of the fixtures
void utrechtMonday;
