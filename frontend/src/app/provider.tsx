import type { User } from 'oidc-client-ts';
import type { ReactNode } from 'react';
import { AuthProvider } from 'react-oidc-context';

import { userManager, type SigninState } from '@/lib/auth';
import { rolesFromAccessToken } from '@/lib/roles';

/** Only paths inside this app are allowed as a place to return to after login. */
export function safeReturnTo(user: User | undefined | void): string {
  const returnTo = (user?.state as SigninState | undefined)?.returnTo;
  return typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
}

/**
 * Where to go after login: back where the user came from, except that a care worker who logged in on the public
 * start page lands on their own start page, the referral worklist.
 */
export function pageAfterLogin(user: User | undefined | void): string {
  const returnTo = safeReturnTo(user);
  const careWorker = rolesFromAccessToken(user?.access_token).includes('medewerker');
  return returnTo === '/' && careWorker ? '/verwijzingen' : returnTo;
}

// When renewing the token fails (the Keycloak session has ended), forget the user: the header then
// shows "Inloggen" again instead of a login that no longer works.
userManager.events.addSilentRenewError(() => {
  void userManager.removeUser();
});

type AppProviderProps = {
  children: ReactNode;
  /** Called after Keycloak sent the user back; must remove ?code=…&state=… from the address. */
  onSignedIn: (returnTo: string) => void;
};

export function AppProvider({ children, onSignedIn }: AppProviderProps) {
  return (
    <AuthProvider userManager={userManager} onSigninCallback={(user) => onSignedIn(pageAfterLogin(user))}>
      {children}
    </AuthProvider>
  );
}
