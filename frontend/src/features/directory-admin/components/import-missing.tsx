import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';

import type { ImportReport } from '../types';

function summary(report: ImportReport): string {
  if (report.closed === 0) {
    return 'Deze open bijeenkomsten staan niet in de feed. Ze blijven open; kies "tijdelijk sluiten" om ze te sluiten.';
  }
  const one = report.closed === 1;
  if (report.dryRun) {
    return `Bij het importeren ${one ? 'wordt 1 bijeenkomst' : `worden ${report.closed} bijeenkomsten`} tijdelijk gesloten.`;
  }
  const closed = one ? '1 bijeenkomst is' : `${report.closed} bijeenkomsten zijn`;
  return `${closed} tijdelijk gesloten. U kunt ze bij Beheer weer openen.`;
}

/** Open meetings of the organisation that the feed no longer lists, and whether this import closes them. */
export function ImportMissing({ report }: { report: ImportReport }) {
  if (report.missing.length === 0) return null;
  const status = (closed: boolean) => (!closed ? 'Blijft open' : report.dryRun ? 'Wordt gesloten' : 'Gesloten');
  return (
    <section aria-labelledby="zhw-import-missing" className="zhw-admin-section">
      <Heading level={3} id="zhw-import-missing">
        Niet meer in de feed ({report.missing.length})
      </Heading>
      <Paragraph>{summary(report)}</Paragraph>
      <Table className="zhw-admin-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Slug</TableHeaderCell>
            <TableHeaderCell scope="col">Bijeenkomst</TableHeaderCell>
            <TableHeaderCell scope="col">Groep</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.missing.map((meeting) => (
            <TableRow key={meeting.slug}>
              <TableCell>{meeting.slug}</TableCell>
              <TableCell>{meeting.name}</TableCell>
              <TableCell>{meeting.groupName}</TableCell>
              <TableCell>{status(meeting.closed)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
