import {
  Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';

import type { ReportIndicator } from '../types';
import { countText, DIMENSION_TITLES, keyLabel, summarize, type KeyNames } from '../utils/report-text';

/**
 * One indicator: a bar chart of the shown counts (hidden from screen readers), its text summary and the same
 * numbers as a table, where a hidden count reads "< 5". Keys that are ids are shown by the names given.
 */
export function IndicatorSection({ indicator, names }: { indicator: ReportIndicator; names?: KeyNames }) {
  const title = DIMENSION_TITLES[indicator.dimension];
  const id = `zhw-indicator-${indicator.dimension.toLowerCase()}`;
  const bars = indicator.cells.map((c) => ({ label: keyLabel(c.key, names), count: c.count ?? 0 }));
  return (
    <section aria-labelledby={id} className="zhw-report-indicator">
      <Heading level={3} id={id}>{title}</Heading>
      <figure className="zhw-report-figure">
        {bars.length > 0 && (
          <div aria-hidden="true" className="zhw-report-chart">
            <ResponsiveContainer width="100%" height={Math.max(120, bars.length * 32)}>
              <BarChart data={bars} layout="vertical" accessibilityLayer={false} margin={{ left: 16, right: 16 }}>
                <CartesianGrid horizontal={false} />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={180} />
                <Bar dataKey="count" fill="#1c5d99" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
        <figcaption>
          <Paragraph>{summarize(indicator, names)}</Paragraph>
        </figcaption>
      </figure>
      <Table className="zhw-table">
        <caption className="zhw-table__caption">{title}: de aantallen</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Wat</TableHeaderCell>
            <TableHeaderCell scope="col">Aantal</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {indicator.cells.map((c) => (
            <TableRow key={c.key}>
              <TableHeaderCell scope="row">{keyLabel(c.key, names)}</TableHeaderCell>
              <TableCell>{countText(c.count)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableHeaderCell scope="row">Totaal</TableHeaderCell>
            <TableCell>{countText(indicator.total)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </section>
  );
}
