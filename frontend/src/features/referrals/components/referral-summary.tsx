import { DataList, DataListItem, DataListKey, DataListValue, Heading, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

import { useAsync } from '@/hooks/use-async';

import { describeTarget } from '../api/targets';
import {
  CHECKIN_ANSWER_LABELS,
  CONSENT_FROM_LABELS,
  dutchDate,
  FIRST_MEETING_LABELS,
  LEVEL_LABELS,
  NOT_FOR_ME_LABELS,
  PHASE_LABELS,
  ROUTE_LABELS,
  STATUS_LABELS,
} from '../labels';
import type { Referral } from '../types';

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{name}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

const yesNo = (value: boolean | undefined) => (value ? 'Ja' : 'Nee');

/** What was agreed, the status, the client's check-in and outcome. */
export function ReferralSummary({ referral }: { referral: Referral }) {
  const { outcome, checkin, followUpConsent: consent } = referral;
  return (
    <DataList className="zhw-referral-summary">
      <Row name="Status">
        <strong>{STATUS_LABELS[referral.status]}</strong>
        {referral.statusReason && ` (${referral.statusReason})`}
      </Row>
      <Row name="Organisatie"><Target referral={referral} /></Row>
      <Row name="Niveau">{LEVEL_LABELS[referral.level]}</Row>
      <Row name="Fase">{PHASE_LABELS[referral.treatmentPhase]}</Row>
      <Row name="Route">{ROUTE_LABELS[referral.route]}</Row>
      <Row name="In het behandelplan">{yesNo(referral.inCarePlan)}</Row>
      <Row name="Zes keer proberen">{yesNo(referral.trialAgreed)}</Row>
      <Row name="Eerste bijeenkomst">{dutchDate(referral.firstMeetingOn) || 'Niet bekend'}</Row>
      <Row name="Nabespreking">{dutchDate(referral.followUpDue) || 'Niet gepland'}</Row>
      <Row name="Toestemming nabespreken">
        {consent
          ? `${consent.topics} Te vragen aan: ${CONSENT_FROM_LABELS[consent.from as keyof typeof CONSENT_FROM_LABELS]}${consent.until ? `, tot ${dutchDate(consent.until)}` : ''}.`
          : 'Nee'}
      </Row>
      <Row name="Antwoord van de cliënt">
        {checkin ? `${CHECKIN_ANSWER_LABELS[checkin.answer]} (${dutchDate(checkin.at)})` : 'Nog geen antwoord'}
      </Row>
      <Row name="Uitkomst">
        {outcome
          ? [
              `Eerste bijeenkomst: ${FIRST_MEETING_LABELS[outcome.firstMeeting]}`,
              outcome.meetingsAttended !== undefined && `${outcome.meetingsAttended} keer geweest`,
              outcome.notForMeReason && `Past niet: ${NOT_FOR_ME_LABELS[outcome.notForMeReason as keyof typeof NOT_FOR_ME_LABELS]}`,
              outcome.continues !== undefined && (outcome.continues ? 'Gaat door' : 'Gaat niet door'),
            ].filter(Boolean).join('. ')
          : 'Nog geen uitkomst'}
      </Row>
      {referral.adviceSnapshot && (
        <Row name="Advies">
          {referral.adviceSnapshot.verdict} (versie {referral.adviceSnapshot.catalogueVersion} van de verwijscriteria)
        </Row>
      )}
      {referral.note && <Row name="Notitie">{referral.note}</Row>}
    </DataList>
  );
}

/** Every status change with who, when and why, oldest first. */
export function ReferralHistory({ referral }: { referral: Referral }) {
  const transitions = referral.transitions ?? [];
  return (
    <section aria-labelledby="zhw-referral-history">
      <Heading level={2} id="zhw-referral-history">Geschiedenis</Heading>
      {transitions.length === 0 ? (
        <Paragraph>Nog geen wijzigingen.</Paragraph>
      ) : (
        <OrderedList>
          {transitions.map((t) => (
            <OrderedListItem key={`${t.at}-${t.to}`}>
              {new Date(t.at).toLocaleString('nl-NL')}: {t.from ? `${STATUS_LABELS[t.from]} → ` : ''}
              {STATUS_LABELS[t.to]} door {t.actor}
              {t.reason && `. Reden: ${t.reason}`}
            </OrderedListItem>
          ))}
        </OrderedList>
      )}
    </section>
  );
}

/**
 * The target by name, as chosen in the picker; the codes while the names load, or when the directory no longer has
 * the organisation, group or meeting.
 */
function Target({ referral }: { referral: Referral }) {
  const { organisationId, groupSlug, meetingSlug } = referral;
  const names = useAsync(`${organisationId}/${groupSlug ?? ''}/${meetingSlug ?? ''}`,
    (signal) => describeTarget({ organisationId, groupSlug, meetingSlug }, signal));
  if (names.status === 'success') {
    return <>{names.data.organisation}{names.data.meeting && `, ${names.data.meeting}`}</>;
  }
  return (
    <>
      {organisationId}
      {groupSlug && `, groep ${groupSlug}`}
      {meetingSlug && `, bijeenkomst ${meetingSlug}`}
    </>
  );
}
