import { BreadcrumbNav, BreadcrumbNavLink, Heading, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppButtonLink, HrefRouterLink } from '@/components/ui/router-link';
import { useGroup } from '@/features/directory/api/meetings';
import { GroupDetail } from '@/features/directory/components/group-detail';
import { FolderChoiceField } from '@/features/sheets/components/folder-choice';
import '@/features/sheets/sheets.css';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

import '@/features/directory/components/meetings.css';

/**
 * The public page of one local group, /groepen/:slug (the finder's, the map's and the meeting page's links), with the
 * group's folder to print (sheets).
 */
export function GroupRoute() {
  const { slug = '' } = useParams();
  const location = useLocation();
  const state = useGroup(slug);
  const fromSearch = (location.state as { search?: string } | null)?.search ?? '';
  const notFound = state.status === 'error' && state.error instanceof ApiError && state.error.status === 404;

  useDocumentTitle(
    state.status === 'success' ? state.data.name : notFound ? 'Groep niet gevonden' : state.status === 'error' ? 'Fout bij laden' : 'Groep laden',
  );

  return (
    <>
      <BreadcrumbNav label="U bent hier" className="zhw-breadcrumb zhw-no-print">
        <BreadcrumbNavLink href={`/bijeenkomsten${fromSearch}`} Link={HrefRouterLink} index={0}>
          Groep vinden
        </BreadcrumbNavLink>
        <BreadcrumbNavLink href={location.pathname} Link={HrefRouterLink} index={1} current>
          {state.status === 'success' ? state.data.name : notFound ? 'Niet gevonden' : 'Groep'}
        </BreadcrumbNavLink>
      </BreadcrumbNav>

      {state.status === 'success' && (
        <>
          <GroupDetail group={state.data} />
          <FolderChoiceField target={{ organisationId: state.data.organisation.id, groupSlug: state.data.slug }} name={state.data.name} />
        </>
      )}

      {notFound && (
        <div className="zhw-not-found">
          <Heading level={1} className="zhw-page-title" tabIndex={-1}>
            Groep niet gevonden
          </Heading>
          <Paragraph>Deze groep staat niet (meer) in de Zelfhulpwijzer. Misschien is de link oud.</Paragraph>
          <Paragraph>
            <AppButtonLink to={`/bijeenkomsten${fromSearch}`} appearance="primary-action-button">
              Zoek een groep
            </AppButtonLink>
          </Paragraph>
        </div>
      )}

      {state.status === 'error' && !notFound && (
        <>
          <Heading level={1} className="zhw-page-title" tabIndex={-1}>
            Groep
          </Heading>
          <ProblemAlert error={state.error} />
        </>
      )}

      {state.status === 'loading' && <Loading>De gegevens van de groep worden geladen…</Loading>}
    </>
  );
}
