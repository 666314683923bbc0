import { Heading, Paragraph } from '@utrecht/component-library-react';

import { DataTable } from '@/components/ui/data-table';

import type { ImportReport } from '../types';

type Missing = ImportReport['missing'][number];

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
      <DataTable<Missing>
        columns={[
          { header: 'Slug', cell: (m) => m.slug },
          { header: 'Bijeenkomst', cell: (m) => m.name },
          { header: 'Groep', cell: (m) => m.groupName },
          { header: 'Status', cell: (m) => status(m.closed) },
        ]}
        rows={report.missing}
        rowKey={(m) => m.slug}
      />
    </section>
  );
}
