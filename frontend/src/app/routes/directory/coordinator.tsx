import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useAuth } from 'react-oidc-context';

import { rolesFromAccessToken } from '@/features/auth/utils/roles';
import { CoordinatorQueues } from '@/features/directory/components/coordinator-queues';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** /beheer/sociale-kaart: verification queue and reports queue, for coordinators and beheerders. */
export function CoordinatorRoute() {
  const auth = useAuth();
  useDocumentTitle('Sociale kaart bijhouden');
  const roles = rolesFromAccessToken(auth.user?.access_token);
  const allowed = roles.includes('coordinator') || roles.includes('beheerder');

  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        Sociale kaart bijhouden
      </Heading>
      {!auth.isAuthenticated ? (
        <Paragraph>{auth.isLoading ? 'Even geduld…' : 'Log in als coördinator of beheerder om meldingen en controles te zien.'}</Paragraph>
      ) : !allowed ? (
        <Paragraph>U heeft niet de rol die hiervoor nodig is. Deze pagina is voor coördinatoren en beheerders.</Paragraph>
      ) : (
        <CoordinatorQueues />
      )}
    </>
  );
}
