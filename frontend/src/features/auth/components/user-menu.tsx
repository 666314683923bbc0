import { Button, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';
import type { ReactNode } from 'react';

import { expectsSignedInUser, type SigninState } from '@/lib/auth';

import { useMe } from '../api/get-me';
import { roleLabels, rolesFromAccessToken } from '@/lib/roles';

/** Header part: "Inloggen", or the logged-in user with role(s), instelling and "Uitloggen". */
export function UserMenu() {
  const auth = useAuth();
  const location = useLocation();
  const me = useMe(auth.isAuthenticated ? auth.user?.profile.sub : undefined);

  if (auth.isLoading && !auth.isAuthenticated) {
    // A stored session or a login's redirect is read after the first paint: hold the logged-in user's slot meanwhile,
    // so the header does not grow when the user arrives (layout shift). Otherwise "Inloggen" follows, as small.
    return expectsSignedInUser() ? <SignedInSlot /> : <div className="zhw-user zhw-user--pending" aria-hidden="true" />;
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
    <SignedInSlot
      name={name}
      roles={roles}
      instelling={
        <>
          {me.status === 'success' && me.data.instelling && (
            // The name people know; the code only when the institution is not registered yet.
            <>Instelling: {me.data.institutionName ?? me.data.instelling}</>
          )}
          {me.status === 'success' && !me.data.instelling && <>Geen instelling bekend</>}
          {me.status === 'loading' && <>Instelling ophalen…</>}
          {me.status === 'error' && <>Instelling niet op te halen</>}
        </>
      }
      onSignOut={() => void auth.signoutRedirect()}
    />
  );
}

type SignedInSlotProps = { name?: string; roles?: string[]; instelling?: ReactNode; onSignOut?: () => void };

/**
 * The logged-in user in three one-line rows (name, role, institution; each cut off with "…") beside "Uitloggen".
 * Its size never depends on the texts, which arrive at different moments (token, then /me). Without props it is the
 * invisible placeholder of the same size, shown while the user is read.
 */
function SignedInSlot({ name, roles = [], instelling, onSignOut }: SignedInSlotProps) {
  const placeholder = !onSignOut;
  return (
    <div className={placeholder ? 'zhw-user zhw-user--placeholder' : 'zhw-user'} aria-hidden={placeholder || undefined}>
      <div className="zhw-user__who" {...(!placeholder && { role: 'group', 'aria-label': 'Ingelogd als' })}>
        <Paragraph className="zhw-user__name">
          <span className="zhw-visually-hidden">Ingelogd als </span>
          <span>{name ?? '\u00a0'}</span>
        </Paragraph>
        <Paragraph appearance="small" className="zhw-user__details">
          <span className="zhw-user__roles">
            {roles.length > 0 && (
              <>
                <span className="zhw-visually-hidden">{roles.length === 1 ? 'Rol: ' : 'Rollen: '}</span>
                <span>{roles.join(', ')}</span>
                <span className="zhw-visually-hidden">, </span>
              </>
            )}
          </span>
          <span className="zhw-user__instelling" data-testid="instelling">
            {instelling}
          </span>
        </Paragraph>
      </div>
      {/* The placeholder's button only holds the room: invisible, so never focused or clicked. */}
      <Button appearance="secondary-action-button" onClick={onSignOut} tabIndex={placeholder ? -1 : undefined}>
        Uitloggen
      </Button>
    </div>
  );
}
