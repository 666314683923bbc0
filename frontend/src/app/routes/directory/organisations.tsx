import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { useOrganisations } from '@/features/directory/api/get-organisations';
import { OrganisationList } from '@/features/directory/components/organisation-list';
import { OrganisationSearchForm } from '@/features/directory/components/organisation-search-form';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  type OrganisationFilters,
} from '@/features/directory/utils/organisation-filters';
import { useDocumentTitle } from '@/hooks/use-document-title';

function withQuery(pathname: string, params: URLSearchParams): string {
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** "Organisaties zoeken" at / and /organisaties. All filters live in the query string. */
export function OrganisationsRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { pathname } = useLocation();
  const filters = filtersFromSearchParams(searchParams);
  const canonical = filtersToSearchParams(filters).toString();
  const result = useOrganisations(filters);

  useDocumentTitle(filters.page > 1 ? `Organisaties zoeken (pagina ${filters.page})` : 'Organisaties zoeken');

  const search = (next: OrganisationFilters) => setSearchParams(filtersToSearchParams(next));

  return (
    <>
      <div className="zhw-intro">
        <Heading level={1} className="zhw-page-title" tabIndex={-1}>
          Organisaties zoeken
        </Heading>
        <Paragraph appearance="lead">
          Zoek een zelfhulpgroep, een groep voor naasten of een steunpunt. Zo kunt u een cliënt of een naaste
          op weg helpen.
        </Paragraph>
      </div>

      <div className="zhw-search-layout">
        <div className="zhw-search-layout__filters zhw-panel">
          <Heading level={2} className="zhw-panel__title">
            Zoeken en filteren
          </Heading>
          {/* A new key when the URL changes (back button, shared link) resets the form to the URL. */}
          <OrganisationSearchForm key={canonical} filters={filters} onSearch={search} />
        </div>

        <div className="zhw-search-layout__results">
          {result.status === 'success' ? (
            <OrganisationList
              result={result.data}
              search={canonical ? `?${canonical}` : ''}
              hrefForPage={(page) => withQuery(pathname, filtersToSearchParams({ ...filters, page }))}
            />
          ) : result.status === 'error' ? (
            <ProblemAlert error={result.error} />
          ) : (
            <Loading>De organisaties worden gezocht…</Loading>
          )}
        </div>
      </div>
    </>
  );
}
