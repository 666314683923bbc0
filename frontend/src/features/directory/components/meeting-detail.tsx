import {
  Alert,
  Button,
  ButtonGroup,
  ButtonLink,
  Heading,
  Link,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';

import { AppLink } from '@/components/ui/router-link';

import { FactList } from './fact-list';

import { ATTENDANCE_LABELS, label } from '../labels';
import type { Group, Meeting } from '../types';
import {
  addressText,
  frequencyText,
  groupPath,
  icsUrl,
  meetingPath,
  nextStartText,
  routeUrl,
  scheduleText,
} from '../utils/schedule';
import { shareText } from '../utils/share';

import { DemoLabel, InProgressLabel } from './demo-label';
import { telHref } from './contact-points';
import { GroupContactSection } from './group-contact';
import { NeedsVerificationAlert } from './needs-verification-alert';
import { ReportForm } from './report-form';
import { SendToClient } from './send-to-client';
import { useIsCoordinator } from './require-coordinator';
import { whoFacts } from './who-facts';

type Props = {
  meeting: Meeting;
  /** The group with its contact details, when loaded. */
  group?: Group;
  now?: Date;
  onPrint?: () => void;
};

/** The page of one meeting: when, where, route, agenda, share, print, and "klopt er iets niet?". */
export function MeetingDetail({ meeting: m, group, now, onPrint = () => window.print() }: Props) {
  const route = routeUrl(m.location);
  const address = addressText(m.location);
  return (
    <article className="zhw-meeting" aria-labelledby="zhw-meeting-title">
      <Heading level={1} className="zhw-page-title" id="zhw-meeting-title" tabIndex={-1}>
        {m.name}
      </Heading>
      <Paragraph appearance="lead">
        <AppLink to={groupPath(m.groupSlug)}>{m.groupName}</AppLink> ·{' '}
        <AppLink to={`/organisaties/${encodeURIComponent(m.organisation.id)}`}>{m.organisation.name}</AppLink>
      </Paragraph>
      <EditLinks meeting={m} />
      {(m.demo || m.inProgress) && (
        <Paragraph className="zhw-meeting__labels">
          {m.inProgress && <InProgressLabel />} {m.demo && <DemoLabel />}
        </Paragraph>
      )}
      {m.demo && (
        <Alert type="warning">
          <Paragraph>
            <strong>Voorbeeldgegevens.</strong> Deze groep en bijeenkomst zijn verzonnen om de Zelfhulpwijzer te laten
            zien. Verwijs geen cliënt hiernaartoe.
          </Paragraph>
        </Alert>
      )}
      {m.temporarilyClosed && (
        <Alert type="warning">
          <Paragraph>Deze bijeenkomst gaat tijdelijk niet door.</Paragraph>
        </Alert>
      )}
      {m.needsVerification && <NeedsVerificationAlert />}

      <section aria-labelledby="zhw-when" className="zhw-meeting__section">
        <Heading level={2} id="zhw-when">
          Wanneer en waar
        </Heading>
        <FactList
          className="zhw-facts"
          facts={[
            { key: 'Wanneer', value: scheduleText(m) },
            { key: 'Hoe vaak', value: frequencyText(m) },
            { key: 'Volgende keer', value: m.temporarilyClosed ? undefined : nextStartText(m, now) },
            { key: 'Hoe', value: label(ATTENDANCE_LABELS, m.attendance) },
            { key: 'Adres', value: m.attendance === 'ONLINE' ? undefined : address || undefined },
            {
              key: 'Online meedoen',
              value: m.conferenceUrl ? (
                <Link href={m.conferenceUrl} rel="noopener noreferrer" target="_blank">
                  Link naar de online bijeenkomst
                </Link>
              ) : undefined,
            },
            {
              key: 'Inbellen',
              value: m.conferencePhone ? <Link href={telHref(m.conferencePhone)}>{m.conferencePhone}</Link> : undefined,
            },
          ]}
        />
        {m.location?.approximate && (
          <Paragraph appearance="small">Alleen de plaats is bekend, niet het precieze adres.</Paragraph>
        )}
        <ButtonGroup className="zhw-no-print zhw-meeting__actions">
          <ButtonLink href={icsUrl(m.slug)} appearance="primary-action-button" download={`${m.slug}.ics`}>
            Zet in agenda
          </ButtonLink>
          {route && (
            <ButtonLink href={route} appearance="secondary-action-button" rel="noopener noreferrer" target="_blank">
              Route plannen<span className="zhw-visually-hidden"> (OpenStreetMap, opent in een nieuw venster)</span>
            </ButtonLink>
          )}
          <ShareButton title={m.name} path={meetingPath(m.slug)} />
          <Button appearance="secondary-action-button" onClick={onPrint}>
            Afdrukken
          </Button>
        </ButtonGroup>
        <SendToClient
          subject={`Zelfhulpgroep: ${m.groupName}`}
          text={shareText(m, window.location.origin + meetingPath(m.slug), now)}
        />
      </section>

      <section aria-labelledby="zhw-who" className="zhw-meeting__section">
        <Heading level={2} id="zhw-who">
          Voor wie
        </Heading>
        <FactList
          className="zhw-facts"
          facts={whoFacts(m, group, 'Open bijeenkomst')}
        />
      </section>

      {group && <GroupContactSection group={group} />}

      <section aria-labelledby="zhw-report" className="zhw-meeting__section zhw-no-print">
        <Heading level={2} id="zhw-report">
          Klopt er iets niet?
        </Heading>
        <ReportForm groupSlug={m.groupSlug} meetingSlug={m.slug} />
      </section>
    </article>
  );
}

/** "Bewerken" where a coordinator reads: this meeting and its group. Nobody else sees it. */
function EditLinks({ meeting }: { meeting: Meeting }) {
  if (!useIsCoordinator()) return null;
  return (
    <Paragraph className="zhw-no-print zhw-meeting__edit">
      <AppLink to={`/beheer/bijeenkomsten/${encodeURIComponent(meeting.slug)}`}>Bijeenkomst bewerken</AppLink>
      {' · '}
      <AppLink to={`/beheer/groepen/${encodeURIComponent(meeting.groupSlug)}`}>Groep bewerken</AppLink>
    </Paragraph>
  );
}

/** "Delen": the phone's share menu when there is one, else the link is copied. */
function ShareButton({ title, path }: { title: string; path: string }) {
  const [message, setMessage] = useState('');
  const share = async () => {
    const url = window.location.origin + path;
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      setMessage('De link is gekopieerd. Plak hem in een e-mail of bericht.');
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      setMessage(`Kopieer deze link: ${url}`);
    }
  };
  return (
    <>
      <Button appearance="secondary-action-button" onClick={() => void share()}>
        Delen
      </Button>
      <span role="status" className="zhw-share-status">
        {message}
      </span>
    </>
  );
}
