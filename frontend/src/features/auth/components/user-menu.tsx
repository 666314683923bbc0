import { Button, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';

import type { SigninState } from '@/lib/auth';

import { useMe } from '../api/get-me';
import { roleLabels, rolesFromAccessToken } from '@/lib/roles';

/** Header part: "Inloggen", or the logged-in user with role(s), instelling and "Uitloggen". */
export function UserMenu() {
  const auth = useAuth();
  const location = useLocation();
  const me = useMe(auth.isAuthenticated ? auth.user?.profile.sub : undefined);

  if (auth.isLoading && !auth.isAuthenticated) {
    return <div className="zhw-user zhw-user--pending" aria-hidden="true" />;
  }

  if (!auth.isAuthenticated || !auth.user) {
    const login = () => {
      const state: SigninState = { returnTo: location.pathname + location.search };
      // When Keycloak cannot be reached this fails at once, and auth.error says so.
      void auth.signinRedirect({ state });
    };
    return (
      <div className="zhw-user">
        <div role="status" className="zhw-user__error">
          {auth.error && (
            <Paragraph appearance="small">
              {auth.error.source === 'signinRedirect'
                ? 'Inloggen lukt nu niet: de inlogserver is niet bereikbaar. Probeer het later opnieuw.'
                : 'Inloggen is niet gelukt. Probeer het opnieuw.'}
            </Paragraph>
          )}
        </div>
        <Button appearance="secondary-action-button" onClick={login}>
          Inloggen
        </Button>
      </div>
    );
  }

  const profile = auth.user.profile;
  const name = me.data?.name || profile.name || profile.preferred_username || 'Onbekende gebruiker';
  const roles = roleLabels(rolesFromAccessToken(auth.user.access_token));

  return (
    <div className="zhw-user">
      <div className="zhw-user__who" aria-label="Ingelogd als" role="group">
        <Paragraph className="zhw-user__name">
          <span className="zhw-visually-hidden">Ingelogd als </span>
          <span>{name}</span>
        </Paragraph>
        <Paragraph appearance="small" className="zhw-user__details">
          {roles.length > 0 && (
            <>
              <span className="zhw-visually-hidden">{roles.length === 1 ? 'Rol: ' : 'Rollen: '}</span>
              <span className="zhw-user__roles">{roles.join(', ')}</span>
            </>
          )}
          {roles.length > 0 && <span aria-hidden="true"> · </span>}
          <span className="zhw-user__instelling" data-testid="instelling">
            {me.status === 'success' && me.data.instelling && (
              // The name people know; the code only when the institution is not registered yet.
              <>Instelling: {me.data.institutionName ?? me.data.instelling}</>
            )}
            {me.status === 'success' && !me.data.instelling && <>Geen instelling bekend</>}
            {me.status === 'loading' && <>Instelling ophalen…</>}
            {me.status === 'error' && <>Instelling niet op te halen</>}
          </span>
        </Paragraph>
      </div>
      <Button appearance="secondary-action-button" onClick={() => void auth.signoutRedirect()}>
        Uitloggen
      </Button>
    </div>
  );
}
