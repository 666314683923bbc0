import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldCheckbox,
  FormFieldDescription,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';

import { respondToSurvey } from '../api/survey';
import type { SurveyQuestion, SurveyRound } from '../types';

const PARTS: Record<string, string> = {
  ALGEMEEN: 'Deel A: algemeen',
  CLIENTEN_VOORLICHTING: 'Deel B: cliënten – voorlichting',
  CLIENTEN_VERWIJZING: 'Deel B: cliënten – verwijzing',
  CLIENTEN_INTEGRATIE: 'Deel B: cliënten – integratie',
  FAMILIE: 'Deel C: familie',
};

type Props = { round: SurveyRound; questions: SurveyQuestion[]; onSent: () => void };

/** The Bijlage 4 questionnaire. Every question may be skipped; the answers are stored without the sender's name. */
export function SurveyForm({ round, questions, onSent }: Props) {
  const id = useId();
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const [error, setError] = useState<unknown>();
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);

  const setSingle = (code: string, value: number) => setAnswers({ ...answers, [code]: [value] });
  const toggle = (q: SurveyQuestion, value: number, on: boolean) => {
    const now = answers[q.code] ?? [];
    const next = on ? [...now, value] : now.filter((v) => v !== value);
    setAnswers({ ...answers, [q.code]: next });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const list = Object.entries(answers)
      .filter(([, values]) => values.length > 0)
      .map(([question, values]) => ({ question, values }));
    if (list.length === 0) {
      setEmpty(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await respondToSurvey(round.id, list);
      onSent();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  let part = '';
  return (
    <form onSubmit={submit} noValidate aria-label={`Vragenlijst ${round.label}`} className="zhw-survey">
      <Paragraph>
        U vult de vragenlijst anoniem in: uw naam wordt niet bij de antwoorden bewaard. U kunt vragen overslaan.
      </Paragraph>
      {questions.map((q) => {
        const heading = q.part !== part ? PARTS[q.part] : undefined;
        part = q.part;
        const chosen = answers[q.code] ?? [];
        const values = q.kind === 'SCALE' ? [1, 2, 3, 4, 5] : q.options.map((_, i) => i);
        const label = (v: number) =>
          q.kind === 'SCALE' ? (v === 1 ? `1 – ${q.options[0]}` : v === 5 ? `5 – ${q.options[1]}` : String(v)) : q.options[v];
        const tooMany = q.kind === 'MULTIPLE' && q.maxChoices != null && chosen.length > q.maxChoices;
        return (
          <div key={q.code}>
            {heading && <Heading level={2}>{heading}</Heading>}
            <Fieldset className="zhw-survey__question" invalid={tooMany}>
              <FieldsetLegend>
                {q.code}. {q.text}
              </FieldsetLegend>
              {q.kind === 'MULTIPLE' && (
                <FormFieldDescription>
                  {q.maxChoices ? `Kies hoogstens ${q.maxChoices} antwoorden.` : 'Meerdere antwoorden mogelijk.'}
                </FormFieldDescription>
              )}
              {values.map((v) =>
                q.kind === 'MULTIPLE' ? (
                  <FormFieldCheckbox
                    key={v}
                    id={`${id}-${q.code}-${v}`}
                    label={label(v)}
                    checked={chosen.includes(v)}
                    onChange={(e) => toggle(q, v, e.currentTarget.checked)}
                  />
                ) : (
                  <div key={v} className="zhw-survey__radio">
                    <input
                      type="radio"
                      className="utrecht-radio-button utrecht-radio-button--html-input"
                      id={`${id}-${q.code}-${v}`}
                      name={`${id}-${q.code}`}
                      checked={chosen.includes(v)}
                      onChange={() => setSingle(q.code, v)}
                    />
                    <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${q.code}-${v}`}>
                      {label(v)}
                    </label>
                  </div>
                ),
              )}
            </Fieldset>
          </div>
        );
      })}
      {empty && (
        <Alert type="warning">
          <Paragraph>Beantwoord minstens één vraag.</Paragraph>
        </Alert>
      )}
      {error !== undefined && <ProblemAlert error={error} />}
      <Button type="submit" appearance="primary-action-button" disabled={busy}>
        Antwoorden versturen
      </Button>
    </form>
  );
}
