import { Heading, Paragraph } from '@utrecht/component-library-react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { DataTable } from '@/components/ui/data-table';
import { Loading } from '@/components/ui/loading';
import type { AsyncState } from '@/hooks/use-async';

import type { Change } from '../types';
import { formatDateTime } from '../utils/format';

/** The field-level history: when, who, which field, old and new value; newest first as the API sends it. */
export function HistoryTable({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return <Paragraph>Er is nog niets gewijzigd.</Paragraph>;
  return (
    <DataTable<Change>
      columns={[
        { header: 'Wanneer', cell: (c) => formatDateTime(c.changedAt) },
        { header: 'Wie', cell: (c) => c.changedBy },
        { header: 'Veld', cell: (c) => `${c.entityType === 'MEETING' ? `Bijeenkomst ${c.entityKey}: ` : ''}${c.field}` },
        { header: 'Oud', cell: (c) => c.oldValue ?? '–' },
        { header: 'Nieuw', cell: (c) => c.newValue ?? '–' },
      ]}
      rows={changes}
      rowKey={(c, i) => `${c.changedAt}-${c.field}-${i}`}
    />
  );
}

/** The "Geschiedenis" section of an edit page: the table once loaded, else the problem or a loading text. */
export function HistorySection({ id, history }: { id: string; history: AsyncState<Change[]> | { status: 'idle' } }) {
  return (
    <section aria-labelledby={id} className="zhw-admin-section">
      <Heading level={2} id={id}>
        Geschiedenis
      </Heading>
      {history.status === 'success' ? (
        <HistoryTable changes={history.data} />
      ) : history.status === 'error' ? (
        <ProblemAlert error={history.error} headingLevel={3} />
      ) : (
        <Loading>De geschiedenis wordt geladen…</Loading>
      )}
    </section>
  );
}
