import { Heading, Paragraph } from '@utrecht/component-library-react';

import { AppLink } from '@/components/ui/router-link';
import { FactList } from './fact-list';

import { ATTENDANCE_LABELS, AUDIENCE_LABELS, label, labelList } from '../labels';
import type { Meeting } from '../types';
import { addressText, groupPath, nextStartText, scheduleText } from '../utils/schedule';

import { DemoLabel, InProgressLabel } from './demo-label';

type Props = {
  meeting: Meeting;
  /** The same group's other meetings in this result (other days). */
  otherDays?: Meeting[];
  /** Passed on to the group's page, so its "Groep vinden" link returns to the same search. */
  search?: string;
  headingLevel?: 2 | 3;
  now?: Date;
};

/** One group in the finder's list: its next meeting, its other days, linked to the group's own page. */
export function MeetingCard({ meeting: m, otherDays = [], search, headingLevel = 3, now }: Props) {
  const headingId = `group-${m.groupSlug}`;
  return (
    <article className="zhw-card zhw-meeting-card" aria-labelledby={headingId}>
      <Heading level={headingLevel} className="zhw-card__title" id={headingId}>
        <AppLink to={groupPath(m.groupSlug)} state={{ search }}>
          {m.groupName}
        </AppLink>
      </Heading>
      {(m.demo || m.inProgress || m.temporarilyClosed) && (
        <Paragraph className="zhw-card__status">
          {m.inProgress && <InProgressLabel />} {m.demo && <DemoLabel />}{' '}
          {m.temporarilyClosed && <strong>Gaat tijdelijk niet door</strong>}
        </Paragraph>
      )}
      <FactList
        className="zhw-facts"
        facts={[
          { key: 'Wanneer', value: scheduleText(m) },
          {
            key: 'Ook',
            value: otherDays.length
              ? otherDays.map((other) => scheduleText(other).replace(/^Elke /, '').replace(/^./, (c) => c.toLowerCase())).join('; ')
              : undefined,
          },
          { key: 'Volgende keer', value: m.temporarilyClosed ? undefined : nextStartText(m, now) },
          { key: 'Waar', value: m.attendance === 'ONLINE' ? 'Online' : addressText(m.location) },
          { key: 'Hoe', value: label(ATTENDANCE_LABELS, m.attendance) },
          { key: 'Organisatie', value: m.organisation.shortName ?? m.organisation.name },
          { key: 'Voor wie', value: labelList(AUDIENCE_LABELS, m.audiences) },
          { key: 'Afstand', value: m.distanceKm != null ? `${m.distanceKm.toFixed(1).replace('.', ',')} km` : undefined },
        ]}
      />
    </article>
  );
}
