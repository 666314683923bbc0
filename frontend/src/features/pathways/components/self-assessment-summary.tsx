import { Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

import { AREA_LABELS, ASSESSMENT_LABELS } from '../labels';
import type { AdviceArea, AssessmentStatus, SelfAssessment } from '../types';

/** The self-assessment against the pilot's advices: counts per status, then every advice by area. */
export function SelfAssessmentSummary({ assessment }: { assessment: SelfAssessment }) {
  const areas = Object.keys(AREA_LABELS) as AdviceArea[];
  return (
    <section aria-labelledby="zelfbeoordeling" className="zhw-dashboard__section">
      <Heading level={2} id="zelfbeoordeling">
        Zelfbeoordeling: adviezen van de pilot
      </Heading>
      <Paragraph>
        {(Object.keys(ASSESSMENT_LABELS) as AssessmentStatus[])
          .map((s) => `${ASSESSMENT_LABELS[s]}: ${assessment.counts[s] ?? 0}`)
          .join(' · ')}
      </Paragraph>
      {areas.map((area) => {
        const items = assessment.items.filter((a) => a.area === area);
        if (items.length === 0) return null;
        return (
          <Table key={area} className="zhw-table">
            <caption className="zhw-table__caption">{AREA_LABELS[area]}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Advies</TableHeaderCell>
                <TableHeaderCell scope="col">Wat</TableHeaderCell>
                <TableHeaderCell scope="col">Stand</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((a) => (
                <TableRow key={a.code}>
                  <TableCell>{a.code}</TableCell>
                  <TableCell>{a.text}</TableCell>
                  <TableCell>{ASSESSMENT_LABELS[a.status]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        );
      })}
    </section>
  );
}
