import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { userManager } from '@/lib/auth';
import { logInAs } from '@/testing/login';
import { renderRoutes } from '@/testing/test-utils';

import { CoordinatorRoute } from '../coordinator';

const routes = [{ path: '/beheer/sociale-kaart', element: <CoordinatorRoute /> }];

describe('Sociale kaart bijhouden (route)', () => {
  afterEach(async () => {
    await userManager.removeUser();
  });

  it('asks to log in when nobody is logged in', async () => {
    renderRoutes(routes, '/beheer/sociale-kaart');
    expect(await screen.findByText(/Log in als coördinator of beheerder/)).toBeInTheDocument();
  });

  it('says a medewerker lacks the role', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'] });
    renderRoutes(routes, '/beheer/sociale-kaart');
    expect(await screen.findByText(/U heeft niet de rol die hiervoor nodig is/)).toBeInTheDocument();
  });

  it('shows both queues to a coordinator, who can verify a group and resolve a report', async () => {
    const user = userEvent.setup();
    await logInAs({ name: 'Cor Coördinator', roles: ['coordinator'], username: 'coordinator' });
    renderRoutes(routes, '/beheer/sociale-kaart');
    expect(await screen.findByText('De dag of tijd klopt niet · gemeld op 10-1-2026')).toBeInTheDocument();
    expect(screen.getByText('“Begint nu om 20:00.”')).toBeInTheDocument();
    expect(await screen.findByText('1 groepen, de oudste controle eerst.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gegevens kloppen: AA Utrecht De Bron' }));
    expect(await screen.findByText('AA Utrecht De Bron is gecontroleerd.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Afgehandeld: AA Utrecht De Bron' }));
    expect(await screen.findByText('Melding over AA Utrecht De Bron is afgehandeld.')).toBeInTheDocument();
  });
});
