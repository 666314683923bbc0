import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { useLocation } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { useHasRole } from '@/hooks/use-has-role';
import type { SigninState } from '@/lib/auth';
import type { Role } from '@/lib/roles';

type Props = { title: string; roles: Role[]; who: string; children: ReactNode };

/** Shows its children only to someone with one of `roles`; others are asked to log in, or told why not. */
export function RequireRole({ title, roles, who, children }: Props) {
  const auth = useAuth();
  const location = useLocation();
  const allowed = useHasRole(...roles);
  if (auth.isLoading && !auth.isAuthenticated) return <Loading>Even kijken of u bent ingelogd…</Loading>;
  if (allowed) return <>{children}</>;
  return (
    <div className="zhw-not-found">
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>{title}</Heading>
      <Paragraph>Deze pagina is voor {who}. {auth.isAuthenticated ? 'U bent ingelogd zonder die rol.' : 'Log eerst in.'}</Paragraph>
      {!auth.isAuthenticated && (
        <Button appearance="primary-action-button"
          onClick={() => void auth.signinRedirect({ state: { returnTo: location.pathname + location.search } satisfies SigninState })}>
          Inloggen
        </Button>
      )}
    </div>
  );
}
