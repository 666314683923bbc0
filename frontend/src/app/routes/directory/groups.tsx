import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { useMeetings } from '@/features/directory/api/search-meetings';
import { MeetingList } from '@/features/directory/components/meeting-list';
import { MeetingSearchForm } from '@/features/directory/components/meeting-search-form';
import {
  meetingFiltersFromSearchParams,
  meetingFiltersToSearchParams,
  type MeetingFilters,
} from '@/features/directory/utils/meeting-filters';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** "Groep zoeken" at /groepen: meetings of self-help groups, today by default, next meeting first. */
export function GroupsRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { pathname } = useLocation();
  const filters = meetingFiltersFromSearchParams(searchParams);
  const canonical = meetingFiltersToSearchParams(filters).toString();
  const result = useMeetings(filters);

  useDocumentTitle(filters.page > 1 ? `Groep zoeken (pagina ${filters.page})` : 'Groep zoeken');

  const search = (next: MeetingFilters) => setSearchParams(meetingFiltersToSearchParams(next));
  const hrefForPage = (page: number) => {
    const qs = meetingFiltersToSearchParams({ ...filters, page }).toString();
    return qs ? `${pathname}?${qs}` : pathname;
  };

  return (
    <>
      <div className="zhw-intro">
        <Heading level={1} className="zhw-page-title" tabIndex={-1}>
          Groep zoeken
        </Heading>
        <Paragraph appearance="lead">
          Vind een bijeenkomst van een zelfhulpgroep in de buurt of online. Eerst de bijeenkomsten van vandaag, de
          eerstvolgende bovenaan.
        </Paragraph>
      </div>
      <div className="zhw-search-layout">
        <div className="zhw-search-layout__filters zhw-panel">
          <Heading level={2} className="zhw-panel__title">
            Zoeken en filteren
          </Heading>
          <MeetingSearchForm key={canonical} filters={filters} onSearch={search} />
        </div>
        <div className="zhw-search-layout__results">
          {result.status === 'success' && result.data.items.length > 0 && (
            <Paragraph className="zhw-no-print">
              <Button appearance="subtle-button" onClick={() => window.print()}>
                Lijst afdrukken (voor de wachtkamer)
              </Button>
            </Paragraph>
          )}
          {result.status === 'success' ? (
            <MeetingList result={result.data} search={canonical ? `?${canonical}` : ''} hrefForPage={hrefForPage} />
          ) : result.status === 'error' ? (
            <ProblemAlert error={result.error} />
          ) : (
            <Loading>De bijeenkomsten worden gezocht…</Loading>
          )}
        </div>
      </div>
    </>
  );
}
