import { BreadcrumbNav, BreadcrumbNavLink, Heading, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppButtonLink, HrefRouterLink } from '@/components/ui/router-link';
import { useGroup, useMeeting } from '@/features/directory/api/meetings';
import { MeetingDetail } from '@/features/directory/components/meeting-detail';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

import '@/features/directory/components/meetings.css';

/** One meeting, /bijeenkomsten/:slug. */
export function MeetingRoute() {
  const { slug = '' } = useParams();
  const location = useLocation();
  const state = useMeeting(slug);
  const group = useGroup(state.status === 'success' ? state.data.groupSlug : undefined);
  const fromSearch = (location.state as { search?: string } | null)?.search ?? '';
  const notFound = state.status === 'error' && state.error instanceof ApiError && state.error.status === 404;

  useDocumentTitle(
    state.status === 'success'
      ? state.data.name
      : notFound
        ? 'Bijeenkomst niet gevonden'
        : state.status === 'error'
          ? 'Fout bij laden'
          : 'Bijeenkomst laden',
  );

  return (
    <>
      <BreadcrumbNav label="U bent hier" className="zhw-breadcrumb zhw-no-print">
        <BreadcrumbNavLink href={`/bijeenkomsten${fromSearch}`} Link={HrefRouterLink} index={0}>
          Groep vinden
        </BreadcrumbNavLink>
        <BreadcrumbNavLink href={location.pathname} Link={HrefRouterLink} index={1} current>
          {state.status === 'success' ? state.data.name : notFound ? 'Niet gevonden' : 'Bijeenkomst'}
        </BreadcrumbNavLink>
      </BreadcrumbNav>

      {state.status === 'success' && (
        <MeetingDetail meeting={state.data} group={group.status === 'success' ? group.data : undefined} />
      )}

      {notFound && (
        <div className="zhw-not-found">
          <Heading level={1} className="zhw-page-title" tabIndex={-1}>
            Bijeenkomst niet gevonden
          </Heading>
          <Paragraph>Deze bijeenkomst staat niet (meer) in de Zelfhulpwijzer. Misschien is de link oud.</Paragraph>
          <Paragraph>
            <AppButtonLink to={`/bijeenkomsten${fromSearch}`} appearance="primary-action-button">
              Zoek een bijeenkomst
            </AppButtonLink>
          </Paragraph>
        </div>
      )}

      {state.status === 'error' && !notFound && (
        <>
          <Heading level={1} className="zhw-page-title" tabIndex={-1}>
            Bijeenkomst
          </Heading>
          <ProblemAlert error={state.error} />
        </>
      )}

      {state.status === 'loading' && <Loading>De gegevens van de bijeenkomst worden geladen…</Loading>}
    </>
  );
}
