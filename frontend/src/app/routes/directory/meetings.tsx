import { ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppButtonLink, AppLink } from '@/components/ui/router-link';
import { useInProgressMeetings, useMeetingGroups } from '@/features/directory/api/meetings';
import { InProgressBanner } from '@/features/directory/components/in-progress-banner';
import { MeetingList } from '@/features/directory/components/meeting-list';
import { MeetingSearchForm } from '@/features/directory/components/meeting-search-form';
import { useMinute } from '@/features/directory/hooks/use-minute';
import { DAY_LABELS } from '@/features/directory/labels';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  isoDayInAmsterdam,
  type MeetingFilters,
} from '@/features/directory/utils/meeting-filters';
import { useDocumentTitle } from '@/hooks/use-document-title';

import '@/features/directory/components/meetings.css';

// Leaflet is only loaded when someone opens the map.
const MeetingMap = lazy(() => import('@/features/directory/components/meeting-map'));

function withQuery(pathname: string, params: URLSearchParams): string {
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** "vandaag", "op maandag", "op alle dagen". */
export function dayText(filters: MeetingFilters): string {
  const near = filters.near
    ? `, binnen ${filters.near.radiusKm} km`
    : filters.around
      ? `, binnen ${filters.around.radiusKm} km van ${filters.around.place}`
      : '';
  if (filters.day === 'today') return `vandaag${near}`;
  if (filters.day === 'all') return `op alle dagen${near}`;
  return `op ${DAY_LABELS[filters.day]}${near}`;
}

/** "Groep vinden" at /bijeenkomsten: the public meeting finder; filters live in the query string. */
export function MeetingsRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { pathname } = useLocation();
  const minute = useMinute();
  const today = isoDayInAmsterdam(new Date(`${minute}:00Z`));
  const filters = filtersFromSearchParams(searchParams);
  const canonical = filtersToSearchParams(filters).toString();
  const view = searchParams.get('view') === 'kaart' ? 'kaart' : 'lijst';
  const withView = (params: URLSearchParams, v: string = view) => {
    if (v === 'kaart') params.set('view', 'kaart');
    return params;
  };
  // Rendered again only when the search changes, not when the "nu bezig" banner or the clock does.
  const searchForm = useMemo(
    () => (
      <MeetingSearchForm
        key={canonical}
        filters={filters}
        today={today}
        onSearch={(next) => setSearchParams(withView(filtersToSearchParams(next)))}
      />
    ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `canonical` and `view` stand for the filters and the view
    [canonical, view, today],
  );
  const result = useMeetingGroups(filters, today);
  // asked once the list is there, so the first results are not held up by it
  const inProgress = useInProgressMeetings(filters, minute, result.status !== 'loading');
  const search = canonical ? `?${canonical}` : '';
  const printParams = filtersToSearchParams({ ...filters, page: 1, day: filters.day === 'today' ? 'all' : filters.day });

  useDocumentTitle(`Groep vinden: groepen ${dayText(filters)}${filters.page > 1 ? ` (pagina ${filters.page})` : ''}`);

  return (
    <>
      <div className="zhw-intro">
        <Heading level={1} className="zhw-page-title" tabIndex={-1}>
          Groep vinden
        </Heading>
        <Paragraph appearance="lead">
          Bijeenkomsten van zelfhulpgroepen bij u in de buurt of online. U ziet eerst de bijeenkomsten van vandaag.
        </Paragraph>
      </div>

      <div className="zhw-search-layout">
        <div className="zhw-search-layout__filters zhw-panel">
          <Heading level={2} className="zhw-panel__title">
            Zoeken en filteren
          </Heading>
          {searchForm}
          <Paragraph className="zhw-finder__print-link">
            <AppLink to={withQuery('/bijeenkomsten/afdrukken', printParams)}>Lijst voor de wachtkamer (afdrukken)</AppLink>
          </Paragraph>
        </div>

        <div className="zhw-search-layout__results">
          {/* After the filters, so on a phone the search comes first. */}
          {inProgress.status === 'success' && <InProgressBanner meetings={inProgress.data} search={search} />}
          <nav aria-label="Weergave" className="zhw-view-switch">
            <ButtonGroup>
              <AppButtonLink
                to={withQuery(pathname, withView(filtersToSearchParams(filters), 'lijst'))}
                aria-current={view === 'lijst' ? 'page' : undefined}
                appearance={view === 'lijst' ? 'primary-action-button' : 'secondary-action-button'}
              >
                Lijst
              </AppButtonLink>
              <AppButtonLink
                to={withQuery(pathname, withView(filtersToSearchParams(filters), 'kaart'))}
                aria-current={view === 'kaart' ? 'page' : undefined}
                appearance={view === 'kaart' ? 'primary-action-button' : 'secondary-action-button'}
              >
                Kaart
              </AppButtonLink>
            </ButtonGroup>
          </nav>
          {result.status === 'success' ? (
            <MeetingList
              result={result.data}
              dayText={dayText(filters)}
              search={search}
              hrefForPage={(page) => withQuery(pathname, withView(filtersToSearchParams({ ...filters, page })))}
              view={
                view === 'kaart' ? (
                  <Suspense fallback={<Loading>De kaart wordt geladen…</Loading>}>
                    <MeetingMap filters={filters} today={today} search={search} />
                  </Suspense>
                ) : undefined
              }
            />
          ) : result.status === 'error' ? (
            <ProblemAlert error={result.error} />
          ) : (
            <Loading>De groepen worden gezocht…</Loading>
          )}
        </div>
      </div>
    </>
  );
}
