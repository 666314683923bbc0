import { Heading, Paragraph } from '@utrecht/component-library-react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppLink } from '@/components/ui/router-link';
import { useAsync } from '@/hooks/use-async';

import { searchMeetingGroups } from '../api/meetings';
import { addressText, groupPath, scheduleText } from '../utils/schedule';

const SHOWN = 50;

/** The public organisation page's local groups, each linked to its own page, with its days and place. */
export function OrganisationLocalGroups({ organisationId }: { organisationId: string }) {
  const groups = useAsync(`organisation-groups/${organisationId}`, (signal) =>
    searchMeetingGroups({ organisation: organisationId, page: 1, size: SHOWN }, signal),
  );
  if (groups.status === 'success' && groups.data.totalItems === 0) return null;
  return (
    <section aria-labelledby="zhw-org-local-groups" className="zhw-meeting__section">
      <Heading level={2} id="zhw-org-local-groups">
        Groepen bij u in de buurt of online
      </Heading>
      {groups.status === 'loading' && <Loading>De groepen worden geladen…</Loading>}
      {groups.status === 'error' && <ProblemAlert error={groups.error} />}
      {groups.status === 'success' && (
        <>
          <ul className="zhw-group__meetings">
            {groups.data.items.map(({ group, meetings }) => (
              <li key={group}>
                <AppLink to={groupPath(group)}>{meetings[0].groupName}</AppLink>
                {' · '}
                {meetings.map((m) => scheduleText(m)).join('; ')}
                {meetings[0].attendance === 'ONLINE' ? ' · online' : addressText(meetings[0].location) && ` · ${addressText(meetings[0].location)}`}
              </li>
            ))}
          </ul>
          {groups.data.totalItems > SHOWN && (
            <Paragraph>
              Hier staan de eerste {SHOWN} van {groups.data.totalItems} groepen. Zoek in{' '}
              <AppLink to="/bijeenkomsten?day=all">Groep vinden</AppLink> op plaats of dag.
            </Paragraph>
          )}
        </>
      )}
    </section>
  );
}
