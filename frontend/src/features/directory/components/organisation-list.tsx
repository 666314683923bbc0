import { Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';

import { AppLink } from '@/components/ui/router-link';
import type { OrganisationPage, OrganisationSummary } from '@/types/api-models';

import { APPROACH_LABELS, AUDIENCE_LABELS, BEHAVIOUR_LABELS, COUNTRY_LABELS, ORGANISATION_KIND_LABELS, label, labelList, STATUS_LABELS } from '../labels';
import { outdatedYears } from '../utils/verification';

import { FactList } from './fact-list';
import { OutdatedDataAlert } from './outdated-data-alert';
import { Pagination } from './pagination';
import { VerifiedNote } from './verified-note';

export function resultCountText(totalItems: number): string {
  if (totalItems === 0) return 'Geen organisaties gevonden';
  return totalItems === 1 ? '1 organisatie gevonden' : `${totalItems} organisaties gevonden`;
}

type Props = {
  result: OrganisationPage;
  /** The link (path + query) for a page of these results. */
  hrefForPage: (page: number) => string;
  /** Passed on to the detail link, so "Terug naar de zoekresultaten" returns to this search. */
  search?: string;
  now?: Date;
};

/** The search results: count, one warning about old data, the organisations, and paging. */
export function OrganisationList({ result, hrefForPage, search, now }: Props) {
  const years = outdatedYears(result.items.map((o) => o.verifiedAt), now);
  const totalPages = Math.max(result.totalPages, 1);

  return (
    <section className="zhw-results" aria-labelledby="zhw-results-heading">
      <div role="status" className="zhw-results__count">
        <Heading level={2} id="zhw-results-heading">
          {resultCountText(result.totalItems)}
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
              <Paragraph>Er is geen organisatie die past bij uw zoekvragen.</Paragraph>
              <Paragraph>Probeer het met minder filters of met een ander zoekwoord.</Paragraph>
            </>
          )}
        </div>
      ) : (
        <>
          {years && <OutdatedDataAlert years={years} />}
          <ul className="zhw-result-list" role="list">
            {result.items.map((organisation) => (
              <li key={organisation.id}>
                <OrganisationCard organisation={organisation} search={search} />
              </li>
            ))}
          </ul>
          <Pagination page={result.page} totalPages={totalPages} hrefFor={hrefForPage} />
        </>
      )}
    </section>
  );
}

function OrganisationCard({ organisation: o, search }: { organisation: OrganisationSummary; search?: string }) {
  return (
    <article className="zhw-card" aria-labelledby={`org-${o.id}`}>
      <Heading level={3} className="zhw-card__title" id={`org-${o.id}`}>
        <AppLink to={`/organisaties/${encodeURIComponent(o.id)}`} state={{ search }}>
          {o.name}
          {o.shortName && o.shortName !== o.name && <> ({o.shortName})</>}
        </AppLink>
      </Heading>
      {o.status !== 'ACTIVE' && (
        <Paragraph className="zhw-card__status">
          <StatusBadge status={o.status === 'INACTIVE' ? 'inactive' : 'neutral'}>{label(STATUS_LABELS, o.status)}</StatusBadge>
        </Paragraph>
      )}
      <FactList
        className="zhw-facts"
        facts={[
          { key: 'Soort', value: label(ORGANISATION_KIND_LABELS, o.kind) },
          { key: 'Aanpak', value: label(APPROACH_LABELS, o.approach) },
          { key: 'Land', value: label(COUNTRY_LABELS, o.country) },
          { key: 'Voor wie', value: labelList(AUDIENCE_LABELS, o.audiences) },
          { key: 'Gedrag of middel', value: labelList(BEHAVIOUR_LABELS, o.behaviours) },
        ]}
      />
      <VerifiedNote verifiedAt={o.verifiedAt} />
    </article>
  );
}
