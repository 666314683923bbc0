import { BreadcrumbNav, BreadcrumbNavLink, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppButtonLink, HrefRouterLink } from '@/components/ui/router-link';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/api-client';

/** The words of one kind of page: "Bijeenkomst" or "Groep". */
export type DetailWords = { title: string; lower: string };

type State<T> = { status: 'loading' | 'idle' | 'success' | 'error'; data?: T; error?: unknown };

/**
 * The frame of a page reached from "Groep vinden" (a meeting, a group): the breadcrumb back to the same search, the
 * document title, and what shows while loading, when the address is unknown (404) or when loading failed.
 */
export function FinderDetailFrame<T extends { name: string }>({
  state,
  words,
  children,
}: {
  state: State<T>;
  words: DetailWords;
  children: (data: T) => ReactNode;
}) {
  const location = useLocation();
  // The search the user came from (set by the result list), so going back keeps the filters.
  const fromSearch = (location.state as { search?: string } | null)?.search ?? '';
  const notFound = state.status === 'error' && state.error instanceof ApiError && state.error.status === 404;

  useDocumentTitle(
    state.status === 'success' && state.data
      ? state.data.name
      : notFound
        ? `${words.title} niet gevonden`
        : state.status === 'error'
          ? 'Fout bij laden'
          : `${words.title} laden`,
  );

  return (
    <>
      <BreadcrumbNav label="U bent hier" className="zhw-breadcrumb zhw-no-print">
        <BreadcrumbNavLink href={`/bijeenkomsten${fromSearch}`} Link={HrefRouterLink} index={0}>
          Groep vinden
        </BreadcrumbNavLink>
        <BreadcrumbNavLink href={location.pathname} Link={HrefRouterLink} index={1} current>
          {state.status === 'success' && state.data ? state.data.name : notFound ? 'Niet gevonden' : words.title}
        </BreadcrumbNavLink>
      </BreadcrumbNav>

      {state.status === 'success' && state.data && children(state.data)}

      {notFound && (
        <div className="zhw-not-found">
          <Heading level={1} className="zhw-page-title" tabIndex={-1}>
            {words.title} niet gevonden
          </Heading>
          <Paragraph>Deze {words.lower} staat niet (meer) in de Zelfhulpwijzer. Misschien is de link oud.</Paragraph>
          <Paragraph>
            <AppButtonLink to={`/bijeenkomsten${fromSearch}`} appearance="primary-action-button">
              Zoek een {words.lower}
            </AppButtonLink>
          </Paragraph>
        </div>
      )}

      {state.status === 'error' && !notFound && (
        <>
          <Heading level={1} className="zhw-page-title" tabIndex={-1}>
            {words.title}
          </Heading>
          <ProblemAlert error={state.error} />
        </>
      )}

      {state.status === 'loading' && <Loading>De gegevens van de {words.lower} worden geladen…</Loading>}
    </>
  );
}
