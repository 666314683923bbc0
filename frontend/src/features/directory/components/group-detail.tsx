import { Alert, Heading, Link, Paragraph, StatusBadge } from '@utrecht/component-library-react';

import { env } from '@/config/env';
import type { GroupDetail as Group } from '@/types/api-models';

import { AUDIENCE_LABELS, BEHAVIOUR_LABELS, labelList } from '../labels';
import {
  ACCESSIBILITY_LABELS,
  ATTENDANCE_LABELS,
  CONTACT_ROLE_LABELS,
  LANGUAGE_LABELS,
  MEETING_TYPE_LABELS,
} from '../group-labels';
import { nextStartText, scheduleText, timeRange } from '../utils/meeting-filters';

import { FactList } from './fact-list';
import { ReportForm } from './report-form';

function yesNo(value: boolean) {
  return value ? 'Ja' : 'Nee';
}

/** One group: facts, meetings (with route and "zet in agenda"), freshness, and the report form. */
export function GroupDetail({ group: g }: { group: Group }) {
  const l = g.location;
  const address = l ? [l.address, [l.postcode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : null;
  const route = l && l.latitude != null && l.longitude != null && !l.approximate
    ? `https://www.openstreetmap.org/directions?to=${l.latitude}%2C${l.longitude}`
    : null;
  return (
    <article className="zhw-detail">
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        {g.name}
      </Heading>
      <Paragraph appearance="lead">{g.organisation.name}</Paragraph>
      {g.demo && (
        <Alert type="warning">
          <Paragraph>Voorbeeldgegevens: deze groep bestaat niet echt. Geef haar niet aan een cliënt.</Paragraph>
        </Alert>
      )}
      {g.needsVerification && (
        <Alert type="warning">
          <Paragraph>
            Deze gegevens zijn al lang niet gecontroleerd. Controleer ze bij de groep voordat u ze aan een cliënt geeft.
          </Paragraph>
        </Alert>
      )}
      {g.status !== 'ACTIVE' && <StatusBadge status="inactive">Deze groep komt niet meer bij elkaar</StatusBadge>}

      <FactList
        className="zhw-facts"
        facts={[
          { key: 'Voor wie', value: labelList(AUDIENCE_LABELS, g.audiences) },
          { key: 'Gedrag of middel', value: labelList(BEHAVIOUR_LABELS, g.behaviours) },
          { key: 'Open of besloten', value: g.open ? 'Open: iedereen mag komen' : 'Besloten: alleen voor wie de groep bedoeld is' },
          { key: 'Hulpverlener mag meekomen', value: yesNo(g.professionalMayAttend) },
          { key: 'Proefperiode van zes bijeenkomsten', value: yesNo(g.acceptsTrial) },
          { key: 'Dubbele diagnose', value: g.dualDiagnosis ? 'Ja, voor mensen met een dubbele diagnose' : undefined },
          { key: 'In een instelling', value: g.insideInstitution ? 'Ja' : undefined },
          { key: 'Medicatie of methadon', value: g.medicationNote, multiline: true },
          { key: 'Talen', value: g.languages.map((c) => LANGUAGE_LABELS[c] ?? c).join(', ') },
          { key: 'Toegankelijkheid', value: g.accessibility.map((a) => ACCESSIBILITY_LABELS[a]).join(', ') },
          { key: 'Plek', value: l ? [l.name, address ?? l.city].filter(Boolean).join(', ') : 'Alleen online' },
          { key: 'Contact', value: g.contactRole ? `${CONTACT_ROLE_LABELS[g.contactRole]}${g.contactPhone ? `: ${g.contactPhone}` : ''}` : g.contactPhone },
          { key: 'E-mail', value: g.contactEmail && <Link href={`mailto:${g.contactEmail}`}>{g.contactEmail}</Link> },
          { key: 'Website', value: g.website && <Link href={g.website}>{g.website}</Link> },
          { key: 'Gecontroleerd', value: g.verifiedAt ? new Date(g.verifiedAt).toLocaleDateString('nl-NL') : 'Nog nooit' },
        ]}
      />
      {route && (
        <Paragraph>
          <Link href={route}>Route naar deze plek (OpenStreetMap)</Link>
        </Paragraph>
      )}

      <Heading level={2}>Bijeenkomsten</Heading>
      {g.meetings.length === 0 ? (
        <Paragraph>Er zijn geen bijeenkomsten bekend.</Paragraph>
      ) : (
        <ul className="zhw-result-list" role="list">
          {g.meetings.map((m) => (
            <li key={m.slug} className="zhw-card">
              <Heading level={3} className="zhw-card__title">
                {scheduleText(m)}, {timeRange(m.startTime, m.endTime)}
              </Heading>
              <Paragraph>
                {ATTENDANCE_LABELS[m.attendance]} · volgende keer {nextStartText(m.nextStart, m.timeZone)}
                {m.inProgress && <> · <StatusBadge status="active">Nu bezig</StatusBadge></>}
              </Paragraph>
              {m.types.length > 0 && <Paragraph>{m.types.map((t) => MEETING_TYPE_LABELS[t] ?? t).join(', ')}</Paragraph>}
              {m.conferenceUrl && (
                <Paragraph>
                  <Link href={m.conferenceUrl}>Online meedoen</Link>
                </Paragraph>
              )}
              <Paragraph>
                <Link href={`${env.apiPrefix}/api/v1/meetings/${encodeURIComponent(m.slug)}/ics`} download={`${m.slug}.ics`}>
                  Zet in agenda<span className="zhw-visually-hidden"> ({scheduleText(m)})</span>
                </Link>
              </Paragraph>
            </li>
          ))}
        </ul>
      )}

      <Heading level={2}>Meld onjuiste informatie</Heading>
      <Paragraph>Klopt er iets niet? Laat het ons weten. Wij bewaren niets over u.</Paragraph>
      <ReportForm
        groupSlug={g.slug}
        meetings={g.meetings.map((m) => ({ slug: m.slug, label: `${scheduleText(m)}, ${m.startTime}` }))}
      />
    </article>
  );
}
