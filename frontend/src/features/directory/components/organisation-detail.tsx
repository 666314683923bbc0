import { Alert, Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';

import type { OrganisationDetail as Organisation } from '@/types/api-models';

import {
  APPROACH_LABELS,
  AUDIENCE_LABELS,
  BEHAVIOUR_LABELS,
  COUNTRY_LABELS,
  ORGANISATION_KIND_LABELS,
  label,
  labelList,
  STATUS_LABELS,
} from '../labels';
import { isOutdated, verifiedYear } from '../utils/verification';

import { ContactPoints } from './contact-points';
import { FactList } from './fact-list';
import { OutdatedDataAlert } from './outdated-data-alert';
import { VerifiedNote } from './verified-note';

/** "002_e30f9ceb731b810b.txt, Bijlage 3" */
export function sourceText(source: Organisation['source']): string {
  return [source.document, source.section].filter(Boolean).join(', ');
}

/** Everything we know about one organisation. The page heading (h1) is rendered here. */
export function OrganisationDetail({ organisation: o, now }: { organisation: Organisation; now?: Date }) {
  return (
    <article className="zhw-detail" aria-labelledby="zhw-detail-title">
      <Heading level={1} id="zhw-detail-title" tabIndex={-1} className="zhw-page-title">
        {o.name}
        {o.shortName && o.shortName !== o.name && <span className="zhw-detail__short"> ({o.shortName})</span>}
      </Heading>
      <Paragraph className="zhw-detail__kind">
        {label(ORGANISATION_KIND_LABELS, o.kind)}
        {o.status !== 'ACTIVE' && (
          <>
            {' '}
            <StatusBadge status={o.status === 'INACTIVE' ? 'inactive' : 'neutral'}>
              {label(STATUS_LABELS, o.status)}
            </StatusBadge>
          </>
        )}
      </Paragraph>

      {o.status === 'INACTIVE' && (
        <Alert type="warning">
          <Paragraph>
            Deze organisatie is niet meer actief. De gegevens blijven hier staan, maar kloppen misschien niet meer. Haar
            groepen staan niet in de zoekresultaten.
          </Paragraph>
        </Alert>
      )}
      {o.status !== 'INACTIVE' && isOutdated(o.verifiedAt, now) && <OutdatedDataAlert years={String(verifiedYear(o.verifiedAt))} />}

      <Paragraph appearance="lead" className="zhw-detail__description">
        {o.description}
      </Paragraph>

      <div className="zhw-detail__columns">
        <section aria-labelledby="zhw-detail-about" className="zhw-panel">
          <Heading level={2} id="zhw-detail-about">
            Over deze organisatie
          </Heading>
          <FactList
            className="zhw-facts zhw-facts--wide"
            facts={[
              { key: 'Soort', value: label(ORGANISATION_KIND_LABELS, o.kind) },
              { key: 'Aanpak', value: label(APPROACH_LABELS, o.approach) },
              { key: 'Land', value: label(COUNTRY_LABELS, o.country) },
              { key: 'Status', value: label(STATUS_LABELS, o.status) },
              { key: 'Voor wie', value: labelList(AUDIENCE_LABELS, o.audiences) },
              { key: 'Gedrag of middel', value: labelList(BEHAVIOUR_LABELS, o.behaviours) },
            ]}
          />
        </section>

        <section aria-labelledby="zhw-detail-contact" className="zhw-panel">
          <Heading level={2} id="zhw-detail-contact">
            Contact
          </Heading>
          <ContactPoints contactPoints={o.contactPoints} />
        </section>
      </div>

      <section aria-labelledby="zhw-detail-source" className="zhw-source">
        <Heading level={2} id="zhw-detail-source">
          Bron en controle
        </Heading>
        <Paragraph>Bron: {sourceText(o.source)}</Paragraph>
        <VerifiedNote verifiedAt={o.verifiedAt} />
      </section>
    </article>
  );
}
