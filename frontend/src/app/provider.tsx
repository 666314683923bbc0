import type { User } from 'oidc-client-ts';
import type { ReactNode } from 'react';
import { AuthProvider } from 'react-oidc-context';

import { userManager, type SigninState } from '@/lib/auth';

/** Only paths inside this app are allowed as a place to return to after login. */
export function safeReturnTo(user: User | undefined | void): string {
  const returnTo = (user?.state as SigninState | undefined)?.returnTo;
  return typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
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
    <AuthProvider userManager={userManager} onSigninCallback={(user) => onSignedIn(safeReturnTo(user))}>
      {children}
    </AuthProvider>
  );
}
