import {
  Button,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';

import { assessAdvice } from '../api/institution';
import { AREA_LABELS, ASSESSMENT_LABELS } from '../labels';
import type { Advice, AdviceArea, AssessmentStatus, SelfAssessment } from '../types';

/** The self-assessment against the pilot's advices: counts per status, then every advice by area. */
export function SelfAssessmentSummary({ assessment, canEdit = false }: { assessment: SelfAssessment; canEdit?: boolean }) {
  const [items, setItems] = useState<Advice[]>(assessment.items);
  const areas = Object.keys(AREA_LABELS) as AdviceArea[];
  const count = (s: AssessmentStatus) => items.filter((a) => a.status === s).length;
  return (
    <section aria-labelledby="zelfbeoordeling" className="zhw-dashboard__section">
      <Heading level={2} id="zelfbeoordeling">
        Zelfbeoordeling: adviezen van de pilot
      </Heading>
      <Paragraph>
        {(Object.keys(ASSESSMENT_LABELS) as AssessmentStatus[]).map((s) => `${ASSESSMENT_LABELS[s]}: ${count(s)}`).join(' · ')}
      </Paragraph>
      {areas.map((area) => {
        const rows = items.filter((a) => a.area === area);
        if (rows.length === 0) return null;
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
              {rows.map((a) => (
                <TableRow key={a.code}>
                  <TableCell>{a.code}</TableCell>
                  <TableCell>{a.text}</TableCell>
                  <TableCell>
                    {canEdit ? (
                      <AssessForm advice={a} onSaved={(saved) => setItems((all) => all.map((x) => (x.code === saved.code ? saved : x)))} />
                    ) : (
                      ASSESSMENT_LABELS[a.status]
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        );
      })}
    </section>
  );
}

function AssessForm({ advice, onSaved }: { advice: Advice; onSaved: (a: Advice) => void }) {
  const id = useId();
  const [status, setStatus] = useState<AssessmentStatus>(advice.status);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    assessAdvice(advice.code, status, advice.note).then(
      (result) => {
        onSaved(result);
        setSaved(true);
      },
      (e: unknown) => setError(e),
    );
  };
  return (
    <form className="zhw-assess" onSubmit={submit} aria-label={`Advies ${advice.code} beoordelen`}>
      <FormLabel htmlFor={`${id}-status`} className="zhw-visually-hidden">
        Stand van advies {advice.code}
      </FormLabel>
      <Select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as AssessmentStatus)}>
        {Object.entries(ASSESSMENT_LABELS).map(([code, text]) => (
          <SelectOption key={code} value={code}>
            {text}
          </SelectOption>
        ))}
      </Select>
      <Button type="submit" appearance="subtle-button">
        Opslaan <span className="zhw-visually-hidden">advies {advice.code}</span>
      </Button>
      <span role="status">{saved && 'Opgeslagen.'}</span>
      {error !== undefined && <ProblemAlert error={error} headingLevel={4} />}
    </form>
  );
}
