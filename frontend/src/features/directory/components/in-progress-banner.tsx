import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';

import { AppLink } from '@/components/ui/router-link';

import type { Meeting } from '../types';
import { addressText, meetingPath, timeRange } from '../utils/schedule';

import { DemoLabel } from './demo-label';

/** How many in-progress meetings are listed before "en nog …". */
const SHOWN = 5;

/** "Nu bezig": meetings going on right now (only shown when there are any). */
export function InProgressBanner({ meetings, search }: { meetings: Meeting[]; search?: string }) {
  if (meetings.length === 0) return null;
  const shown = meetings.slice(0, SHOWN);
  return (
    <section aria-labelledby="zhw-in-progress-heading" className="zhw-in-progress">
      <Alert type="info">
        <Heading level={2} id="zhw-in-progress-heading">
          Nu bezig: {meetings.length === 1 ? '1 bijeenkomst' : `${meetings.length} bijeenkomsten`}
        </Heading>
        <Paragraph>Deze bijeenkomsten zijn nu aan de gang. Online kunt u vaak nog aansluiten.</Paragraph>
        <ul className="zhw-in-progress__list">
          {shown.map((m) => (
            <li key={m.slug}>
              <AppLink to={meetingPath(m.slug)} state={{ search }}>
                {m.name}
              </AppLink>{' '}
              ({timeRange(m)}, {m.attendance === 'ONLINE' ? 'online' : addressText(m.location) || 'plaats onbekend'})
              {m.demo && <> <DemoLabel /></>}
            </li>
          ))}
        </ul>
        {meetings.length > SHOWN && <Paragraph>En nog {meetings.length - SHOWN} andere.</Paragraph>}
      </Alert>
    </section>
  );
}
