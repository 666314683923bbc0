import { Alert, Paragraph } from '@utrecht/component-library-react';

import { DataTable } from '@/components/ui/data-table';
import { AppLink } from '@/components/ui/router-link';

import { dutchDate, STATUS_LABELS, WORKLIST_REASON_LABELS } from '../labels';
import type { WorklistItem } from '../types';

/** The care worker's worklist: due and overdue follow-ups, recent changes, referrals without outcome. */
export function Worklist({ items }: { items: WorklistItem[] }) {
  if (items.length === 0) {
    return (
      <Alert type="info">
        <Paragraph>Er is nu niets te doen. Nieuwe verwijzingen en nabesprekingen komen hier.</Paragraph>
      </Alert>
    );
  }
  return (
    <DataTable
      className="zhw-worklist"
      rows={items}
      rowKey={(item) => item.referral.id}
      columns={[
        {
          header: 'Cliënt',
          cell: ({ referral }) => <AppLink to={`/verwijzingen/${referral.id}`}>{referral.clientRef}</AppLink>,
        },
        { header: 'Waarom op de lijst', cell: ({ reasons }) => reasons.map((r) => WORKLIST_REASON_LABELS[r]).join(', ') },
        { header: 'Status', cell: ({ referral }) => STATUS_LABELS[referral.status] },
        { header: 'Nabespreking', cell: ({ referral }) => dutchDate(referral.followUpDue) || 'Niet gepland' },
        {
          header: 'Organisatie en groep',
          cell: ({ referral, organisationName, groupName }) =>
            [organisationName ?? referral.organisationId, groupName].filter(Boolean).join(', '),
        },
      ]}
    />
  );
}
