import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

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
