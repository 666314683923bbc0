import {
  Button,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';

import { updatePlanStep } from '../api/institution';
import { OWNER_LABELS, PLAN_STATUS_LABELS } from '../labels';
import type { OwnerRole, Plan, PlanStatus, PlanStep } from '../types';
import { SourceNote } from '@/components/ui/source-note';

type Props = { plan: Plan; canEdit: boolean };

/** The 14 steps with their progress; coordinators and beheerders can record progress per step. */
export function PlanTracker({ plan, canEdit }: Props) {
  const [steps, setSteps] = useState<PlanStep[]>(plan.steps);
  const done = steps.filter((s) => s.status === 'DONE').length;
  return (
    <section aria-labelledby="stappenplan" className="zhw-dashboard__section">
      <Heading level={2} id="stappenplan">
        Stappenplan ‘Onbenutte mogelijkheden’
      </Heading>
      <Paragraph>
        {done} van de {steps.length} stappen klaar.
      </Paragraph>
      <div className="zhw-progress" aria-hidden="true">
        <div className="zhw-progress__bar" style={{ width: `${Math.round((done / steps.length) * 100)}%` }} />
      </div>
      <ol className="zhw-plan">
        {steps.map((step) => (
          <li key={step.number} className="zhw-plan__step">
            <PlanStepCard
              step={step}
              canEdit={canEdit}
              onSaved={(saved) => setSteps((all) => all.map((s) => (s.number === saved.number ? saved : s)))}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function PlanStepCard({ step, canEdit, onSaved }: { step: PlanStep; canEdit: boolean; onSaved: (s: PlanStep) => void }) {
  const id = useId();
  const [status, setStatus] = useState<PlanStatus>(step.status);
  const [owner, setOwner] = useState<OwnerRole | ''>(step.ownerRole ?? '');
  const [dueDate, setDueDate] = useState(step.dueDate ?? '');
  const [notes, setNotes] = useState(step.notes ?? '');
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setError(undefined);
    try {
      const result = await updatePlanStep(
        step.number,
        {
          status,
          ownerRole: owner || undefined,
          startDate: step.startDate,
          dueDate: dueDate || undefined,
          completedDate: status === 'DONE' ? (step.completedDate ?? new Date().toISOString().slice(0, 10)) : undefined,
          notes: notes || undefined,
        },
        step.etag,
      );
      onSaved(result);
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const headingId = `${id}-title`;
  return (
    <article aria-labelledby={headingId} className="zhw-step">
      <Heading level={3} id={headingId} className="zhw-step__title">
        {step.number}. {step.title}
      </Heading>
      <Paragraph appearance="small" className="zhw-step__meta">
        <span className={`zhw-status zhw-status--${step.status.toLowerCase()}`}>{PLAN_STATUS_LABELS[step.status]}</span>
        {step.ownerRole && <> · Eigenaar: {OWNER_LABELS[step.ownerRole]}</>}
        {step.dueDate && <> · Streefdatum: {step.dueDate}</>}
        {step.updatedBy && <> · Bijgewerkt door {step.updatedBy}</>}
      </Paragraph>
      <Paragraph>{step.description}</Paragraph>
      {step.notes && !canEdit && <Paragraph>Notitie: {step.notes}</Paragraph>}
      <SourceNote source={step.source} />
      {canEdit && (
        <form className="zhw-plan__form" onSubmit={save} aria-label={`Voortgang van stap ${step.number}`} noValidate>
          <FormField
            label={<FormLabel htmlFor={`${id}-status`}>Status</FormLabel>}
            input={
              <Select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as PlanStatus)}>
                {Object.entries(PLAN_STATUS_LABELS).map(([code, text]) => (
                  <SelectOption key={code} value={code}>
                    {text}
                  </SelectOption>
                ))}
              </Select>
            }
          />
          <FormField
            label={<FormLabel htmlFor={`${id}-owner`}>Eigenaar</FormLabel>}
            input={
              <Select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value as OwnerRole | '')}>
                <SelectOption value="">Nog niet gekozen</SelectOption>
                {Object.entries(OWNER_LABELS).map(([code, text]) => (
                  <SelectOption key={code} value={code}>
                    {text}
                  </SelectOption>
                ))}
              </Select>
            }
          />
          <FormField
            label={<FormLabel htmlFor={`${id}-due`}>Streefdatum</FormLabel>}
            input={<Textbox id={`${id}-due`} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
          />
          <FormField
            className="zhw-plan__notes"
            label={<FormLabel htmlFor={`${id}-notes`}>Notitie</FormLabel>}
            input={<Textarea id={`${id}-notes`} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />}
          />
          <div className="zhw-plan__actions">
            <Button type="submit" appearance="secondary-action-button" disabled={busy}>
              Opslaan
            </Button>
            <span role="status" className="zhw-plan__saved">
              {saved && 'Opgeslagen.'}
            </span>
          </div>
          {error !== undefined &&
            (error instanceof ApiError && error.status === 412 ? (
              <Paragraph className="zhw-plan__conflict">
                Iemand anders heeft deze stap intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.
              </Paragraph>
            ) : (
              <ProblemAlert error={error} headingLevel={4} />
            ))}
        </form>
      )}
    </article>
  );
}
