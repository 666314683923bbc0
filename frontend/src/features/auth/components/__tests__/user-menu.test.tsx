import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { userManager } from '@/lib/auth';
import { logInAs } from '@/testing/login';
import { renderWithRouter } from '@/testing/test-utils';

import { UserMenu } from '../user-menu';

describe('UserMenu', () => {
  it('offers "Inloggen" and returns to the current page after login', async () => {
    const signin = vi.spyOn(userManager, 'signinRedirect').mockResolvedValue(undefined);
    const user = userEvent.setup();
    renderWithRouter(<UserMenu />, '/organisaties?audience=PARTNER');

    await user.click(await screen.findByRole('button', { name: 'Inloggen' }));
    expect(signin).toHaveBeenCalledWith(
      expect.objectContaining({ state: { returnTo: '/organisaties?audience=PARTNER' } }),
    );
  });

  it('shows name, Dutch role and the instelling from /api/v1/me when logged in, and logs out', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'], instelling: 'demo-instelling' });
    const signout = vi.spyOn(userManager, 'signoutRedirect').mockResolvedValue(undefined);
    const user = userEvent.setup();
    renderWithRouter(<UserMenu />);

    expect(await screen.findByText('Mila Medewerker')).toBeInTheDocument();
    expect(screen.getByText('Medewerker')).toBeInTheDocument();
    // The instelling comes from the backend, which proves it accepted the bearer token.
    expect(await screen.findByText('Instelling: Voorbeeldinstelling Verslavingszorg')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));
    expect(signout).toHaveBeenCalled();
  });

  it('shows the institution code when the backend knows no name for it', async () => {
    await logInAs({ name: 'Nina Nieuw', roles: ['medewerker'], instelling: 'nog-niet-bekend' });
    renderWithRouter(<UserMenu />);
    expect(await screen.findByText('Instelling: nog-niet-bekend')).toBeInTheDocument();
  });

  it('holds the logged-in slot, invisible, while a stored login is read back, so the header does not grow', async () => {
    await logInAs({ name: 'Mila Medewerker', roles: ['medewerker'], instelling: 'demo-instelling' });
    const { container } = renderWithRouter(<UserMenu />);
    const placeholder = container.querySelector('.zhw-user--placeholder');
    expect(placeholder).not.toBeNull();
    expect(placeholder).toHaveAttribute('aria-hidden', 'true');
    expect(await screen.findByText('Mila Medewerker')).toBeInTheDocument();
    expect(container.querySelector('.zhw-user--placeholder')).toBeNull();
  });

  it('holds no slot for someone without a login', async () => {
    const { container } = renderWithRouter(<UserMenu />);
    expect(container.querySelector('.zhw-user--placeholder')).toBeNull();
    expect(await screen.findByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
  });

  it('labels several roles in Dutch', async () => {
    await logInAs({ name: 'Cor Coördinator', roles: ['coordinator', 'beheerder'], instelling: 'demo-instelling' });
    renderWithRouter(<UserMenu />);
    expect(await screen.findByText('Coördinator, Beheerder')).toBeInTheDocument();
  });
});

describe('UserMenu when Keycloak is down', () => {
  it('says that logging in is not possible now', async () => {
    vi.spyOn(userManager, 'signinRedirect').mockRejectedValue(new TypeError('Failed to fetch'));
    const user = userEvent.setup();
    renderWithRouter(<UserMenu />);
    await user.click(await screen.findByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByText(/de inlogserver is niet bereikbaar/)).toBeInTheDocument();
  });
});
