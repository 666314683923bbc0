import {
  Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';

import type { SurveyComparison } from '../types';
import { countText } from '../utils/report-text';

/** The Bijlage 4 staff survey: the baseline beside the latest follow-up, per question and answer. */
export function SurveyComparisonTable({ comparison }: { comparison: SurveyComparison }) {
  const { baseline, followUp } = comparison;
  return (
    <section aria-labelledby="zhw-survey-comparison">
      <Heading level={2} id="zhw-survey-comparison">Vragenlijst medewerkers (Bijlage 4): nulmeting en vervolgmeting</Heading>
      {!baseline ? (
        <Paragraph>Er is nog geen nulmeting.</Paragraph>
      ) : (
        <Paragraph>
          Nulmeting: {baseline.label}. Vervolgmeting: {followUp ? followUp.label : 'nog niet gedaan'}. Aantallen onder
          de {comparison.minimumCount} staan er als &lsquo;&lt; {comparison.minimumCount}&rsquo;.
        </Paragraph>
      )}
      {comparison.questions.map((q) => {
        const options = [...new Set([...q.baseline.cells, ...q.followUp.cells].map((c) => c.key))];
        const count = (cells: typeof q.baseline.cells, key: string) => cells.find((c) => c.key === key)?.count;
        return (
          <Table key={q.code} className="zhw-table">
            <caption className="zhw-table__caption">Vraag {q.code}. {q.text}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Antwoord</TableHeaderCell>
                <TableHeaderCell scope="col">Nulmeting</TableHeaderCell>
                <TableHeaderCell scope="col">Vervolgmeting</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {options.map((option) => (
                <TableRow key={option}>
                  <TableHeaderCell scope="row">{option}</TableHeaderCell>
                  <TableCell>{countText(count(q.baseline.cells, option))}</TableCell>
                  <TableCell>{countText(count(q.followUp.cells, option))}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        );
      })}
    </section>
  );
}
