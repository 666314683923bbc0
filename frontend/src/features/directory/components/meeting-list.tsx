import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useMemo, type ReactNode } from 'react';

import { AppLink } from '@/components/ui/router-link';
import { Pagination } from './pagination';

import type { GroupPage } from '../types';

import { MeetingCard } from './meeting-card';

export function groupCountText(totalItems: number): string {
  if (totalItems === 0) return 'Geen groepen gevonden';
  return totalItems === 1 ? '1 groep gevonden' : `${totalItems} groepen gevonden`;
}

type Props = {
  result: GroupPage;
  /** "vandaag", "op maandag" or "op alle dagen", after the count. */
  dayText: string;
  hrefForPage: (page: number) => string;
  search?: string;
  now?: Date;
  /** Shown instead of the cards and their pages (the map view, which shows every page at once). */
  view?: ReactNode;
};

/**
 * The finder's results, paged by group: count, one card per group (next meeting first, its other days on the card),
 * paging. A group is on one page only, with all its matching meetings.
 */
export function MeetingList({ result, dayText, hrefForPage, search, now, view }: Props) {
  const totalPages = Math.max(result.totalPages, 1);
  // The same element while the page of results is the same, so that React does not render the cards again when
  // something else on the page changes (the "nu bezig" banner arriving after the list).
  const cards = useMemo(
    () => (
      <ul className="zhw-result-list" role="list">
        {result.items.map(({ group, meetings: [first, ...others] }) => (
          <li key={group}>
            <MeetingCard meeting={first} otherDays={others} search={search} now={now} />
          </li>
        ))}
      </ul>
    ),
    [result.items, search, now],
  );
  return (
    <section className="zhw-results" aria-labelledby="zhw-meetings-heading">
      <div role="status" className="zhw-results__count">
        <Heading level={2} id="zhw-meetings-heading">
          {groupCountText(result.totalItems)} <span className="zhw-results__day">{dayText}</span>
        </Heading>
        {totalPages > 1 && result.items.length > 0 && (
          <Paragraph className="zhw-results__page">
            Pagina {result.page} van {totalPages}
          </Paragraph>
        )}
      </div>
      {result.items.length === 0 ? (
        <div className="zhw-empty">
          {result.totalItems > 0 ? (
            <Paragraph>
              Deze pagina bestaat niet. <AppLink to={hrefForPage(1)}>Ga naar de eerste pagina</AppLink>.
            </Paragraph>
          ) : (
            <>
              <Paragraph>Er is geen groep die past bij uw zoekvragen.</Paragraph>
              <Paragraph>Kies een andere dag, of probeer het met minder filters.</Paragraph>
            </>
          )}
        </div>
      ) : (
        (view ?? (
          <>
            {cards}
            <Pagination page={result.page} totalPages={totalPages} hrefFor={hrefForPage} />
          </>
        ))
      )}
    </section>
  );
}
