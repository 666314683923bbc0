import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { rolesFromAccessToken } from '@/lib/roles';
import type { SigninState } from '@/lib/auth';

/** True for a coordinator or beheerder (the roles that may manage the group directory). */
export function useIsCoordinator(): boolean {
  const auth = useAuth();
  const roles = rolesFromAccessToken(auth.user?.access_token);
  return auth.isAuthenticated && (roles.includes('coordinator') || roles.includes('beheerder'));
}

/** True for a beheerder (application administrator). */
export function useIsBeheerder(): boolean {
  const auth = useAuth();
  return auth.isAuthenticated && rolesFromAccessToken(auth.user?.access_token).includes('beheerder');
}

type Props = { title: string; children: ReactNode; beheerderOnly?: boolean };

/** Shows its children only to a coordinator or beheerder; others are asked to log in or told why not. */
export function RequireCoordinator({ title, children, beheerderOnly = false }: Props) {
  const auth = useAuth();
  const location = useLocation();
  const coordinator = useIsCoordinator();
  const beheerder = useIsBeheerder();
  const allowed = beheerderOnly ? beheerder : coordinator;

  if (auth.isLoading && !auth.isAuthenticated) return <Loading>Even kijken of u bent ingelogd…</Loading>;
  if (allowed) return <>{children}</>;
  return (
    <div className="zhw-not-found">
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        {title}
      </Heading>
      {auth.isAuthenticated ? (
        <Paragraph>
          {beheerderOnly
            ? 'Deze pagina is voor beheerders. U bent ingelogd zonder die rol.'
            : 'Deze pagina is voor coördinatoren en beheerders van de sociale kaart. U bent ingelogd zonder die rol.'}
        </Paragraph>
      ) : (
        <>
          <Paragraph>
            {beheerderOnly ? 'Deze pagina is voor beheerders.' : 'Deze pagina is voor coördinatoren en beheerders.'} Log
            eerst in.
          </Paragraph>
          <Button
            appearance="primary-action-button"
            onClick={() => {
              const state: SigninState = { returnTo: location.pathname + location.search };
              void auth.signinRedirect({ state });
            }}
          >
            Inloggen
          </Button>
        </>
      )}
    </div>
  );
}
