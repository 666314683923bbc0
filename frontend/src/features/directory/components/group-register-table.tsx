import { StatusBadge } from '@utrecht/component-library-react';

import { DataTable } from '@/components/ui/data-table';
import { AppLink } from '@/components/ui/router-link';

import { DAY_LABELS } from '../labels';
import type { RegisterItem } from '../types';
import { formatDate } from '../utils/format';
import { DemoLabel } from './demo-label';

type Props = { groups: RegisterItem[]; showOrganisation?: boolean };

/** Groups with their meetings, each with an edit link: the coordinator's register and an organisation's groups. */
export function GroupRegisterTable({ groups, showOrganisation = true }: Props) {
  return (
    <DataTable
      columns={[
        {
          header: 'Groep',
          cell: (g) => (
            <>
              <AppLink to={`/beheer/groepen/${encodeURIComponent(g.slug)}`}>
                {g.name}
                <span className="zhw-visually-hidden"> bewerken</span>
              </AppLink>{' '}
              {g.demo && <DemoLabel />}
              {showOrganisation && (
                <>
                  <br />
                  {g.organisation.shortName ?? g.organisation.name}
                </>
              )}
            </>
          ),
        },
        { header: 'Plaats', cell: (g) => g.city ?? 'Online of onbekend' },
        {
          header: 'Bijeenkomsten',
          cell: (g) =>
            g.meetings.length === 0 ? (
              'Geen'
            ) : (
              <ul className="zhw-register-meetings">
                {g.meetings.map((m) => (
                  <li key={m.slug}>
                    <AppLink to={`/beheer/bijeenkomsten/${encodeURIComponent(m.slug)}`}>
                      {DAY_LABELS[m.day]} {m.startTime.replace(':', '.')}
                      <span className="zhw-visually-hidden"> van {g.name} bewerken</span>
                    </AppLink>
                    {m.temporarilyClosed && ' (tijdelijk gesloten)'}
                  </li>
                ))}
              </ul>
            ),
        },
        {
          header: 'Controle',
          cell: (g) => (
            <>
              <StatusBadge status={g.needsVerification ? 'warning' : 'valid'}>
                {g.needsVerification ? 'Te controleren' : 'Gecontroleerd'}
              </StatusBadge>
              <br />
              {g.verifiedAt ? `Laatst op ${formatDate(g.verifiedAt)}` : 'Nooit gecontroleerd'}
            </>
          ),
        },
        {
          header: 'Status',
          cell: (g) => (
            <StatusBadge status={g.status === 'ACTIVE' ? 'active' : 'inactive'}>
              {g.status === 'ACTIVE' ? 'Actief' : 'Niet actief'}
            </StatusBadge>
          ),
        },
      ]}
      rows={groups}
      rowKey={(g) => g.slug}
    />
  );
}
