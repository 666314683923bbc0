import { BreadcrumbNav, BreadcrumbNavLink, Heading, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { AppButtonLink, HrefRouterLink } from '@/components/ui/router-link';
import { Loading } from '@/components/ui/loading';
import { useOrganisation } from '@/features/directory/api/get-organisation';
import { OrganisationLocalGroups } from '@/features/directory/components/organisation-local-groups';
import { OrganisationDetail } from '@/features/directory/components/organisation-detail';
import { FolderChoiceField } from '@/features/sheets/components/folder-choice';
import '@/features/sheets/sheets.css';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

/** The detail page of one organisation, /organisaties/:id. */
export function OrganisationRoute() {
  const { id = '' } = useParams();
  const location = useLocation();
  const state = useOrganisation(id);
  // The search the user came from (set by the result list), so going back keeps the filters.
  const fromSearch = (location.state as { search?: string } | null)?.search ?? '';
  const notFound = state.status === 'error' && state.error instanceof ApiError && state.error.status === 404;

  useDocumentTitle(
    state.status === 'success'
      ? state.data.name
      : notFound
        ? 'Organisatie niet gevonden'
        : state.status === 'error'
          ? 'Fout bij laden'
          : 'Organisatie laden',
  );

  return (
    <>
      <BreadcrumbNav label="U bent hier" className="zhw-breadcrumb">
        <BreadcrumbNavLink href={`/${fromSearch}`} Link={HrefRouterLink} index={0}>
          Organisaties zoeken
        </BreadcrumbNavLink>
        <BreadcrumbNavLink href={location.pathname} Link={HrefRouterLink} index={1} current>
          {state.status === 'success' ? state.data.name : notFound ? 'Niet gevonden' : 'Organisatie'}
        </BreadcrumbNavLink>
      </BreadcrumbNav>

      {state.status === 'success' && (
        <>
          <OrganisationDetail organisation={state.data} />
          <OrganisationLocalGroups organisationId={state.data.id} />
          <FolderChoiceField target={{ organisationId: state.data.id }} name={state.data.name} />
        </>
      )}

      {notFound && (
        <div className="zhw-not-found">
          <Heading level={1} className="zhw-page-title" tabIndex={-1}>
            Organisatie niet gevonden
          </Heading>
          <Paragraph>
            Deze organisatie staat niet in de Zelfhulpwijzer. Misschien is de link oud of niet helemaal goed
            overgenomen.
          </Paragraph>
          <Paragraph>
            <AppButtonLink to={`/${fromSearch}`} appearance="primary-action-button">
              Zoek een organisatie
            </AppButtonLink>
          </Paragraph>
        </div>
      )}

      {state.status === 'error' && !notFound && (
        <>
          <Heading level={1} className="zhw-page-title" tabIndex={-1}>
            Organisatie
          </Heading>
          <ProblemAlert error={state.error} />
        </>
      )}

      {state.status === 'loading' && <Loading>De gegevens van de organisatie worden geladen…</Loading>}
    </>
  );
}
