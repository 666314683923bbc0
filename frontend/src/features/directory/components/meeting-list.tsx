import { Alert, Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';

import { AppLink } from '@/components/ui/router-link';
import type { MeetingPage, MeetingSummary } from '@/types/api-models';

import { ATTENDANCE_LABELS } from '../group-labels';
import { nextStartText, scheduleText, timeRange } from '../utils/meeting-filters';

import { Pagination } from './pagination';

export function meetingCountText(total: number): string {
  if (total === 0) return 'Geen bijeenkomsten gevonden';
  return total === 1 ? '1 bijeenkomst gevonden' : `${total} bijeenkomsten gevonden`;
}

type Props = { result: MeetingPage; hrefForPage: (page: number) => string; search?: string };

/** Meetings, next one first: "nu bezig" banner, count, cards, paging. */
export function MeetingList({ result, hrefForPage, search }: Props) {
  const inProgress = result.items.filter((m) => m.inProgress);
  return (
    <section className="zhw-results" aria-labelledby="zhw-meetings-heading">
      <div role="status" className="zhw-results__count">
        <Heading level={2} id="zhw-meetings-heading">
          {meetingCountText(result.totalItems)}
        </Heading>
      </div>
      {inProgress.length > 0 && (
        <Alert type="info">
          <Paragraph>
            Nu bezig: {inProgress.map((m) => m.name).join(', ')}. Een bijeenkomst die al begonnen is kunt u vaak nog
            bijwonen; vraag het de groep.
          </Paragraph>
        </Alert>
      )}
      {result.items.length === 0 ? (
        <div className="zhw-empty">
          <Paragraph>Er is geen bijeenkomst die past bij uw zoekvragen.</Paragraph>
          <Paragraph>Kies ‘Alle dagen’, minder filters of een ander zoekwoord.</Paragraph>
        </div>
      ) : (
        <>
          <ul className="zhw-result-list" role="list">
            {result.items.map((meeting) => (
              <li key={meeting.slug}>
                <MeetingCard meeting={meeting} search={search} />
              </li>
            ))}
          </ul>
          <Pagination page={result.page} totalPages={Math.max(result.totalPages, 1)} hrefFor={hrefForPage} />
        </>
      )}
    </section>
  );
}

function MeetingCard({ meeting: m, search }: { meeting: MeetingSummary; search?: string }) {
  const place = m.location ? [m.location.name, m.location.address, m.location.city].filter(Boolean).join(', ') : null;
  return (
    <article className="zhw-card" aria-labelledby={`meeting-${m.slug}`}>
      <Heading level={3} className="zhw-card__title" id={`meeting-${m.slug}`}>
        <AppLink to={`/groepen/${encodeURIComponent(m.groupSlug)}`} state={{ search }}>
          {m.name}
        </AppLink>
      </Heading>
      <Paragraph>
        <strong>{nextStartText(m.nextStart, m.timeZone)}</strong> · {scheduleText(m)}, {timeRange(m.startTime, m.endTime)}
      </Paragraph>
      <Paragraph>
        {ATTENDANCE_LABELS[m.attendance]}
        {place && <> · {place}</>}
        {m.distanceKm != null && <> · {m.distanceKm.toLocaleString('nl-NL')} km</>}
        {' · '}
        {m.organisation.shortName ?? m.organisation.name}
      </Paragraph>
      <Paragraph className="zhw-card__status">
        {m.inProgress && <StatusBadge status="active">Nu bezig</StatusBadge>}{' '}
        {m.temporarilyClosed && <StatusBadge status="inactive">Tijdelijk gesloten</StatusBadge>}{' '}
        {m.demo && <StatusBadge status="warning">Voorbeeldgegevens</StatusBadge>}{' '}
        {m.needsVerification && <StatusBadge status="neutral">Gegevens mogelijk verouderd</StatusBadge>}
      </Paragraph>
    </article>
  );
}
