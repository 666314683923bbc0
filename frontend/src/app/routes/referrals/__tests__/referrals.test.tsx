import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { fakeReferral } from '@/testing/mocks/handlers/referrals';
import { server } from '@/testing/mocks/server';
import { logInAs } from '@/testing/login';
import { renderRoutes } from '@/testing/test-utils';

import { CheckinRoute } from '../check-in';
import { NewReferralRoute } from '../new-referral';
import { ReferralRoute } from '../referral';
import { WorklistRoute } from '../worklist';

const routes = [
  { path: '/verwijzingen', element: <WorklistRoute /> },
  { path: '/verwijzingen/nieuw', element: <NewReferralRoute /> },
  { path: '/verwijzingen/:id', element: <ReferralRoute /> },
  { path: '/check-in/:token', element: <CheckinRoute /> },
];
const ID = fakeReferral().id;

// Whole forms typed with user-event: slow on a busy machine.
describe('referrals (routes)', { timeout: 20_000 }, () => {
  it('asks to log in for the worklist', async () => {
    renderRoutes(routes, '/verwijzingen');
    expect(await screen.findByText(/Deze pagina is voor medewerkers van een instelling\. Log eerst in\./)).toBeInTheDocument();
  });

  it('shows the worklist with why each referral is on it', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    renderRoutes(routes, '/verwijzingen');
    const row = (await screen.findByRole('link', { name: 'EPD-4711' }, { timeout: 5000 })).closest('tr')!;
    expect(within(row).getByText('Nabespreking nu, Nog geen uitkomst')).toBeInTheDocument();
    expect(within(row).getByText('10 december 2026')).toBeInTheDocument();
    expect(within(row).getByText('Al-Anon Familiegroepen Nederland, Al-Anon Utrecht')).toBeInTheDocument();
  });

  it('sends one Idempotency-Key for every try of the same form, with a warning about names', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    const keys: (string | null)[] = [];
    let fail = true;
    server.use(http.post('*/api/v1/referrals', ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      if (fail) {
        fail = false;
        return HttpResponse.json({ title: 'Er ging iets mis op de server', status: 503 }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } });
      }
      return HttpResponse.json(fakeReferral(), { status: 201 });
    }));
    const user = userEvent.setup();
    const { router } = renderRoutes(routes, '/verwijzingen/nieuw');
    expect(await screen.findByRole('heading', { name: 'Schrijf geen namen' })).toBeInTheDocument();
    expect(screen.getByText(/Nooit een naam, BSN, geboortedatum of adres/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Verwijzing opslaan' }));
    expect(screen.getByText('Vul het cliëntnummer uit het EPD in.')).toBeInTheDocument();
    expect(keys).toHaveLength(0);

    await user.type(screen.getByLabelText('Cliëntnummer'), 'EPD-4711');
    await user.type(screen.getByLabelText('Zoek de organisatie'), 'Al-Anon{Enter}');
    expect(screen.queryByText('Er ging iets mis op de server')).not.toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: 'Al-Anon Familiegroepen Nederland' }));
    expect(screen.getByText('Al-Anon Familiegroepen Nederland', { selector: 'strong' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Fase van de behandeling'), 'TREATMENT');
    await user.click(screen.getByRole('button', { name: 'Verwijzing opslaan' }));
    expect(await screen.findByText('Er ging iets mis op de server')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verwijzing opslaan' }));
    await screen.findByRole('heading', { name: 'Verwijzing van cliënt EPD-4711' });
    expect(router.state.location.pathname).toBe(`/verwijzingen/${ID}`);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('asks a reason before cancelling, and explains a stale version (412)', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    const user = userEvent.setup();
    renderRoutes(routes, `/verwijzingen/${ID}`);
    const form = await screen.findByRole('form', { name: 'Status wijzigen' });
    const select = within(form).getByLabelText('Nieuwe status');
    expect(within(select).getAllByRole('option').map((o) => o.textContent))
      .toEqual(['Kies een status', 'Cliënt wil gaan', 'Cliënt wil niet', 'Gestopt', 'Per vergissing gemaakt']);
    await user.selectOptions(select, 'CANCELLED');
    await user.click(within(form).getByRole('button', { name: 'Status opslaan' }));
    expect(within(form).getByText('Schrijf op waarom (zonder namen).')).toBeInTheDocument();

    server.use(http.post('*/api/v1/referrals/:id/transitions', () =>
      HttpResponse.json({ title: 'Verouderd', status: 412 }, { status: 412, headers: { 'Content-Type': 'application/problem+json' } })));
    await user.type(within(form).getByLabelText('Reden'), 'Cliënt wil eerst de behandeling afmaken');
    await user.click(within(form).getByRole('button', { name: 'Status opslaan' }));
    expect(await within(form).findByText('Iemand anders heeft deze verwijzing net gewijzigd')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Opnieuw laden' })).toBeInTheDocument();
  });

  it('changes the status with If-Match and shows it in the history', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    const user = userEvent.setup();
    renderRoutes(routes, `/verwijzingen/${ID}`);
    const form = await screen.findByRole('form', { name: 'Status wijzigen' });
    // The target by its name in the directory, not by its code.
    expect(await screen.findByText('Al-Anon Familiegroepen Nederland')).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Nieuwe status'), 'ACCEPTED');
    await user.click(within(form).getByRole('button', { name: 'Status opslaan' }));
    const history = await screen.findByRole('region', { name: 'Geschiedenis' });
    expect(await within(history).findByText(/Verwezen → Cliënt wil gaan door medewerker/)).toBeInTheDocument();
  });

  it('saves the outcome and makes a check-in link with a QR code', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    const user = userEvent.setup();
    renderRoutes(routes, `/verwijzingen/${ID}`);
    const outcome = await screen.findByRole('form', { name: 'Uitkomst' });
    await user.selectOptions(within(outcome).getByLabelText('Naar de eerste bijeenkomst geweest?'), 'YES');
    await user.type(within(outcome).getByLabelText('Aantal keer geweest (mag leeg)'), '2');
    await user.click(within(outcome).getByRole('button', { name: 'Uitkomst opslaan' }));
    expect(await screen.findByText(/Eerste bijeenkomst: Ja, geweest\. 2 keer geweest/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check-in-link maken' }));
    expect(await screen.findByRole('link', { name: 'http://localhost:5173/check-in/tok' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'QR-code van de check-in-link' }).getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  });

  it('lets the client answer without an account, and is kind about a used link', async () => {
    const user = userEvent.setup();
    const answers: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') answers.push(await request.clone().json());
    });
    renderRoutes(routes, '/check-in/abc');
    await user.click(await screen.findByRole('button', { name: 'Het past niet bij mij' }));
    await user.click(screen.getByRole('button', { name: 'De tijd of plaats komt niet uit' }));
    expect(await screen.findByRole('heading', { name: 'Dank u wel' })).toBeInTheDocument();
    expect(answers).toEqual([{ answer: 'NOT_FOR_ME', reason: 'TIME_OR_PLACE' }]);
    server.events.removeAllListeners();
  });

  it('says plainly when a check-in link no longer works', async () => {
    renderRoutes(routes, '/check-in/used');
    expect(await screen.findByRole('heading', { name: 'Deze link werkt niet meer' })).toBeInTheDocument();
    expect(screen.queryByText(/EPD-4711/)).not.toBeInTheDocument();
  });
});
