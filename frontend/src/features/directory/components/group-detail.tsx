import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';

import { AppLink } from '@/components/ui/router-link';

import { ATTENDANCE_LABELS, label } from '../labels';
import type { Group } from '../types';
import { formatDate } from '../utils/format';
import { addressText, groupPath, meetingPath, nextStartText, scheduleText } from '../utils/schedule';
import { groupShareText } from '../utils/share';

import { DemoLabel } from './demo-label';
import { FactList } from './fact-list';
import { contactRouteText, GroupContactSection } from './group-contact';
import { NeedsVerificationAlert } from './needs-verification-alert';
import { ReportForm } from './report-form';
import { useIsCoordinator } from './require-coordinator';
import { whoFacts } from './who-facts';
import { SendToClient } from './send-to-client';

/**
 * The public page of one local group: its days and meetings, its place, its own contact route, when its data were
 * last checked, its organisation, sending it to a client, and "Bewerken" for a coordinator.
 */
export function GroupDetail({ group: g, now }: { group: Group; now?: Date }) {
  const coordinator = useIsCoordinator();
  const place = addressText(g.location);
  return (
    <article className="zhw-meeting" aria-labelledby="zhw-group-title">
      <Heading level={1} className="zhw-page-title" id="zhw-group-title" tabIndex={-1}>
        {g.name}
      </Heading>
      <Paragraph appearance="lead">
        Een groep van{' '}
        <AppLink to={`/organisaties/${encodeURIComponent(g.organisation.id)}`}>{g.organisation.name}</AppLink>
        {g.demo && (
          <>
            {' '}
            <DemoLabel />
          </>
        )}
      </Paragraph>
      {coordinator && (
        <Paragraph className="zhw-no-print zhw-meeting__edit">
          <AppLink to={`/beheer/groepen/${encodeURIComponent(g.slug)}`}>Bewerken</AppLink>
        </Paragraph>
      )}
      {g.demo && (
        <Alert type="warning">
          <Paragraph>
            <strong>Voorbeeldgegevens.</strong> Deze groep is verzonnen om de Zelfhulpwijzer te laten zien. Verwijs geen
            cliënt hiernaartoe.
          </Paragraph>
        </Alert>
      )}
      {(g.needsVerification || !g.verifiedAt) && <NeedsVerificationAlert />}
      <Paragraph appearance="small" className="zhw-verified">
        {g.verifiedAt ? (
          <>
            Laatst gecontroleerd op <time dateTime={g.verifiedAt}>{formatDate(g.verifiedAt)}</time>.
          </>
        ) : (
          'Nog nooit gecontroleerd.'
        )}
      </Paragraph>

      <section aria-labelledby="zhw-group-when" className="zhw-meeting__section">
        <Heading level={2} id="zhw-group-when">
          Wanneer en waar
        </Heading>
        {place && <Paragraph>Adres: {place}</Paragraph>}
        {g.meetings.length === 0 ? (
          <Paragraph>Deze groep heeft nu geen bijeenkomsten in de Zelfhulpwijzer.</Paragraph>
        ) : (
          <ul className="zhw-group__meetings">
            {g.meetings.map((m) => (
              <li key={m.slug}>
                <AppLink to={meetingPath(m.slug)}>{scheduleText(m)}</AppLink>
                {' · '}
                {m.attendance === 'ONLINE' ? 'online' : label(ATTENDANCE_LABELS, m.attendance).toLowerCase()}
                {m.attendance !== 'ONLINE' && addressText(m.location) !== place && addressText(m.location) && (
                  <> · {addressText(m.location)}</>
                )}
                {m.temporarilyClosed ? (
                  <strong> · gaat tijdelijk niet door</strong>
                ) : (
                  <> · volgende keer {nextStartText(m, now)}</>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <GroupContactSection group={g}>
        <SendToClient
          subject={`Zelfhulpgroep: ${g.name}`}
          text={groupShareText(g, window.location.origin + groupPath(g.slug), contactRouteText(g))}
        />
      </GroupContactSection>

      <section aria-labelledby="zhw-group-who" className="zhw-meeting__section">
        <Heading level={2} id="zhw-group-who">
          Voor wie
        </Heading>
        <FactList
          className="zhw-facts"
          facts={whoFacts(g, g, 'Open groep')}
        />
      </section>

      <section aria-labelledby="zhw-report" className="zhw-meeting__section zhw-no-print">
        <Heading level={2} id="zhw-report">
          Klopt er iets niet?
        </Heading>
        <ReportForm groupSlug={g.slug} />
      </section>
    </article>
  );
}
