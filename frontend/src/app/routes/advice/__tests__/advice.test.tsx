import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';
import { logInAs } from '@/testing/login';
import { renderRoutes } from '@/testing/test-utils';

import { AdviceRoute } from '../advice';

/** Walking all steps with user-event takes several seconds on a busy machine. */
const SLOW = 20_000;

const routes = [{ path: '/advies', element: <AdviceRoute /> }];

async function answerFirstSteps(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByLabelText('De partner van iemand met een verslaving'));
  await user.click(screen.getByRole('button', { name: 'Volgende' }));
  await user.click(screen.getByLabelText('Alcohol'));
  await user.click(screen.getByRole('button', { name: 'Volgende' }));
}

describe('Welke groep past? (route)', () => {
  beforeEach(() => sessionStorage.clear());

  it('asks to log in first', async () => {
    renderRoutes(routes, '/advies');
    expect(await screen.findByText('Log in als medewerker of coördinator om een advies te maken.')).toBeInTheDocument();
    expect(document.title).toBe('Welke groep past? – Zelfhulpwijzer');
  });

  it('walks through the steps and shows the advice with reasons and sources', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    const user = userEvent.setup();
    const requests: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') requests.push(await request.clone().json());
    });
    renderRoutes(routes, '/advies');
    expect(await screen.findByText('Stap 1 van 6')).toBeInTheDocument();

    await answerFirstSteps(user);
    expect(screen.getByText('Stap 3 van 4')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Veiligheid eerst' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByLabelText('Onze instelling heeft een makelaar of ervaringsdeskundige voor zelfhulp'));
    await user.click(screen.getByRole('button', { name: 'Advies bekijken' }));

    expect(await screen.findByRole('heading', { name: 'Het advies' })).toBeInTheDocument();
    expect(requests.at(-1)).toEqual({ relation: 'PARTNER', behaviours: ['ALCOHOL'], riskSignals: [], makelaarAvailable: true });
    const level = screen.getByRole('region', { name: 'Advies nu: verwijzing' });
    expect(within(level).getByText(/Verwijs gericht naar een groep/)).toBeInTheDocument();
    expect(level.compareDocumentPosition(screen.getByRole('region', { name: 'Past nu (1)' })))
      .toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    const fits = screen.getByRole('region', { name: 'Past nu (1)' });
    expect(within(fits).getByRole('link', { name: 'Al-Anon Familiegroepen Nederland' })).toHaveAttribute('href', '/organisaties/al-anon');
    expect(within(fits).getAllByText(/Bron: Handleiding Onbenutte mogelijkheden/).length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Later, na de huidige behandeling (1)' })).toBeInTheDocument();
    expect(screen.getByText('Past niet (1) – waarom niet?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Afdrukken voor de cliënt' })).toBeInTheDocument();

    // The worker chooses what goes on the client's sheet.
    const sheet = screen.getByRole('region', { name: 'Advies om af te drukken' });
    expect(within(sheet).getByText('Al-Anon Familiegroepen Nederland')).toBeInTheDocument();
    await user.click(within(fits).getByLabelText('Op het blad voor de cliënt'));
    expect(within(sheet).queryByText('Al-Anon Familiegroepen Nederland')).not.toBeInTheDocument();
    server.events.removeAllListeners();
  }, SLOW);

  it("sends the client's place and keeps answers and advice in this tab when the worker leaves and comes back", async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    const user = userEvent.setup();
    const requests: Record<string, unknown>[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') requests.push(await request.clone().json());
    });
    const first = renderRoutes(routes, '/advies');
    await user.click(await screen.findByLabelText('De partner van iemand met een verslaving'));
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByLabelText('Alcohol'));
    await user.type(screen.getByLabelText('Woonplaats of postcode van de cliënt'), 'Zeist');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Advies bekijken' }));
    expect(await screen.findByRole('heading', { name: 'Het advies' })).toBeInTheDocument();
    expect(requests.at(-1)).toMatchObject({ relation: 'PARTNER', place: 'Zeist' });
    first.unmount();

    // As after Back from a group's page: the advice is there again, and so are the answers.
    renderRoutes(routes, '/advies');
    expect(await screen.findByRole('heading', { name: 'Het advies' })).toBeInTheDocument();
    expect(requests).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Antwoorden aanpassen' }));
    expect(screen.getByText('Stap 4 van 4')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    expect(screen.getByLabelText('Woonplaats of postcode van de cliënt')).toHaveValue('Zeist');
    expect(screen.getByLabelText('Alcohol')).toBeChecked();
    server.events.removeAllListeners();
  }, SLOW);

  it('says in Dutch what is missing and does not go on', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    const user = userEvent.setup();
    renderRoutes(routes, '/advies');
    await user.click(await screen.findByRole('button', { name: 'Volgende' }));
    expect(screen.getByText('Kies voor wie de hulp is.')).toBeInTheDocument();
    expect(screen.getByText('Stap 1 van 6')).toBeInTheDocument();
  });

  it('shows risk signals first, with what to do', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    const user = userEvent.setup();
    renderRoutes(routes, '/advies');
    await answerFirstSteps(user);
    await user.click(screen.getByLabelText('Wil stoppen of minderen met GHB'));
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Advies bekijken' }));

    const alert = await screen.findByRole('heading', { name: 'Eerst dit: er is direct gevaar' });
    expect(alert).toBeInTheDocument();
    expect(screen.getByText(/vóór alles anders/)).toBeInTheDocument();
  });
});
