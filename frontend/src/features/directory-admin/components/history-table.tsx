import { Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { Loading } from '@/components/ui/loading';
import type { AsyncState } from '@/hooks/use-async';

import type { Change } from '../types';
import { formatDateTime } from '../utils/format';

/** The field-level history: when, who, which field, old and new value; newest first as the API sends it. */
export function HistoryTable({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return <Paragraph>Er is nog niets gewijzigd.</Paragraph>;
  return (
    <Table className="zhw-admin-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
          <TableHeaderCell scope="col">Wie</TableHeaderCell>
          <TableHeaderCell scope="col">Veld</TableHeaderCell>
          <TableHeaderCell scope="col">Oud</TableHeaderCell>
          <TableHeaderCell scope="col">Nieuw</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {changes.map((c, i) => (
          <TableRow key={`${c.changedAt}-${c.field}-${i}`}>
            <TableCell>{formatDateTime(c.changedAt)}</TableCell>
            <TableCell>{c.changedBy}</TableCell>
            <TableCell>
              {c.entityType === 'MEETING' ? `Bijeenkomst ${c.entityKey}: ` : ''}
              {c.field}
            </TableCell>
            <TableCell>{c.oldValue ?? '–'}</TableCell>
            <TableCell>{c.newValue ?? '–'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
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
