import { Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

import { AppLink } from '@/components/ui/router-link';

import type { SurveyResults } from '../types';

/**
 * Survey results per question, rounds side by side, as a table with bars. Rounds or questions with fewer than
 * `minimumGroupSize` answers are never shown (the server leaves them out); the table says so.
 */
export function SurveyChart({ results }: { results: SurveyResults }) {
  const { rounds } = results;
  const shown = results.questions.filter((q) => q.rounds.some((r) => !r.suppressed));
  return (
    <section aria-labelledby="vragenlijst" className="zhw-dashboard__section">
      <Heading level={2} id="vragenlijst">
        Vragenlijst medewerkers (Bijlage 4)
      </Heading>
      <Paragraph>
        <AppLink to="/instelling/vragenlijst">Naar de vragenlijst</AppLink>
      </Paragraph>
      {rounds.length === 0 ? (
        <Paragraph>Er is nog geen ronde van de vragenlijst geweest.</Paragraph>
      ) : (
        <Paragraph>
          {rounds.map((r) => `${r.label}: ${r.respondents} ${r.respondents === 1 ? 'antwoord' : 'antwoorden'}`).join(' · ')}.
          Uitkomsten zijn alleen te zien bij {results.minimumGroupSize} of meer antwoorden, zodat niemand te herkennen is.
        </Paragraph>
      )}
      {rounds.length > 0 && shown.length === 0 && (
        <Paragraph>Nog te weinig antwoorden om uitkomsten te tonen.</Paragraph>
      )}
      {shown.map((q) => (
        <Table key={q.code} className="zhw-table zhw-chart">
          <caption className="zhw-table__caption">
            Vraag {q.code}. {q.text}
          </caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Antwoord</TableHeaderCell>
              {rounds.map((r) => (
                <TableHeaderCell key={r.id} scope="col">
                  {r.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {labelsFor(q.kind, q.options).map((label, index) => (
              <TableRow key={label}>
                <TableHeaderCell scope="row">{label}</TableHeaderCell>
                {q.rounds.map((r) => {
                  if (r.suppressed || !r.counts || !r.answered) {
                    return <TableCell key={r.roundId}>te weinig antwoorden</TableCell>;
                  }
                  const count = r.counts[index] ?? 0;
                  const pct = Math.round((count / r.answered) * 100);
                  return (
                    <TableCell key={r.roundId}>
                      <span className="zhw-chart__bar" aria-hidden="true" style={{ width: `${pct}%` }} />
                      <span className="zhw-chart__value">
                        {pct}% ({count})
                      </span>
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ))}
    </section>
  );
}

/** A scale has five points with labels only at the ends. */
function labelsFor(kind: string, options: string[]): string[] {
  if (kind !== 'SCALE') return options;
  return ['1 – ' + (options[0] ?? ''), '2', '3', '4', '5 – ' + (options[1] ?? '')];
}
