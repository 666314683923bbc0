import { Heading, Paragraph } from '@utrecht/component-library-react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import { AppButtonLink, AppLink } from '@/components/ui/router-link';

import { useGroupRegister } from '../api/admin';
import { GroupRegisterTable } from './group-register-table';

const SHOWN = 100;

/** The organisation's edit page: its groups (also inactive and demo ones) with edit links to them and their meetings. */
export function OrganisationGroups({ organisationId }: { organisationId: string }) {
  const groups = useGroupRegister({ organisation: organisationId, demo: 'true', page: 1, size: SHOWN });
  const all = `/beheer/groepen?organisatie=${encodeURIComponent(organisationId)}&demo=true`;
  return (
    <section aria-labelledby="zhw-org-groups" className="zhw-admin-section">
      <Heading level={2} id="zhw-org-groups">
        Groepen van deze organisatie
      </Heading>
      {groups.status === 'loading' && <Loading>De groepen worden geladen…</Loading>}
      {groups.status === 'error' && <ProblemAlert error={groups.error} />}
      {groups.status === 'success' &&
        (groups.data.items.length === 0 ? (
          <Paragraph>Deze organisatie heeft nog geen groepen.</Paragraph>
        ) : (
          <>
            <GroupRegisterTable groups={groups.data.items} showOrganisation={false} />
            {groups.data.totalItems > SHOWN && (
              <Paragraph>
                Hier staan de eerste {SHOWN} van {groups.data.totalItems} groepen.{' '}
                <AppLink to={all}>Zoek in alle groepen van deze organisatie</AppLink>
              </Paragraph>
            )}
          </>
        ))}
      <Paragraph>
        <AppButtonLink to="/beheer/groepen/nieuw" appearance="secondary-action-button">
          Nieuwe groep
        </AppButtonLink>
      </Paragraph>
    </section>
  );
}
