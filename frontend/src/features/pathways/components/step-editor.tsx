import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldCheckbox,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';

import { toStepInput } from '../api/editor';
import { ACTOR_LABELS, LEVEL_LABELS, PHASE_LABELS } from '../labels';
import type { Actor, IntegrationLevel, PathwayStep, StepInput, TreatmentPhase } from '../types';

type Props = {
  /** The step to change; for a new step a template with an empty key. */
  step: PathwayStep;
  isNew: boolean;
  onSave: (key: string, input: StepInput) => Promise<void>;
  onCancel: () => void;
};

/** Edits the main fields of a step; materials, checklist and guidance stay as they are. Every step needs a source. */
export function StepEditor({ step, isNew, onSave, onCancel }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<StepInput>(toStepInput(step));
  const [key, setKey] = useState(step.key);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSave(key.trim(), draft);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="zhw-step-editor" onSubmit={submit} noValidate aria-label={isNew ? 'Nieuwe stap' : `Stap ‘${step.title}’ wijzigen`}>
      {isNew && (
        <FormField
          label={<FormLabel htmlFor={`${id}-key`}>Sleutel (kleine letters, cijfers en streepjes)</FormLabel>}
          input={<Textbox id={`${id}-key`} value={key} onChange={(e) => setKey(e.target.value)} />}
        />
      )}
      <FormField
        label={<FormLabel htmlFor={`${id}-title`}>Titel</FormLabel>}
        input={<Textbox id={`${id}-title`} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />}
      />
      <FormField
        label={<FormLabel htmlFor={`${id}-action`}>Wat te doen</FormLabel>}
        input={
          <Textarea id={`${id}-action`} rows={5} value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} />
        }
      />
      <FormField
        label={<FormLabel htmlFor={`${id}-level`}>Niveau</FormLabel>}
        input={
          <Select id={`${id}-level`} value={draft.level} onChange={(e) => setDraft({ ...draft, level: e.target.value as IntegrationLevel })}>
            {Object.entries(LEVEL_LABELS).map(([code, text]) => (
              <SelectOption key={code} value={code}>
                {text}
              </SelectOption>
            ))}
          </Select>
        }
      />
      <Fieldset>
        <FieldsetLegend>Fasen</FieldsetLegend>
        {Object.entries(PHASE_LABELS).map(([code, text]) => (
          <FormFieldCheckbox
            key={code}
            id={`${id}-phase-${code}`}
            label={text}
            checked={draft.phases.includes(code as TreatmentPhase)}
            onChange={(e) => setDraft({ ...draft, phases: toggle(draft.phases, code as TreatmentPhase, e.currentTarget.checked) })}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>Wie</FieldsetLegend>
        {Object.entries(ACTOR_LABELS).map(([code, text]) => (
          <FormFieldCheckbox
            key={code}
            id={`${id}-actor-${code}`}
            label={text}
            checked={draft.actors.includes(code as Actor)}
            onChange={(e) => setDraft({ ...draft, actors: toggle(draft.actors, code as Actor, e.currentTarget.checked) })}
          />
        ))}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>Bron (verplicht)</FieldsetLegend>
        <FormField
          label={<FormLabel htmlFor={`${id}-doc`}>Brondocument</FormLabel>}
          input={
            <Textbox
              id={`${id}-doc`}
              value={draft.source?.document ?? ''}
              onChange={(e) => setDraft({ ...draft, source: { ...draft.source, document: e.target.value } })}
            />
          }
        />
        <FormField
          label={<FormLabel htmlFor={`${id}-section`}>Hoofdstuk of kop</FormLabel>}
          input={
            <Textbox
              id={`${id}-section`}
              value={draft.source?.section ?? ''}
              onChange={(e) => setDraft({ ...draft, source: { ...draft.source, section: e.target.value } })}
            />
          }
        />
        <FormField
          label={<FormLabel htmlFor={`${id}-quote`}>Letterlijke passage</FormLabel>}
          input={
            <Textarea
              id={`${id}-quote`}
              rows={2}
              value={draft.source?.quote ?? ''}
              onChange={(e) => setDraft({ ...draft, source: { ...draft.source, quote: e.target.value } })}
            />
          }
        />
      </Fieldset>
      <Paragraph appearance="small">
        Materiaal, checklist en handreikingen van deze stap blijven zoals ze zijn ({draft.materials?.length ?? 0} materialen,{' '}
        {draft.checklist?.length ?? 0} checklistpunten, {draft.guidance?.length ?? 0} handreikingen).
      </Paragraph>
      {error !== undefined && <ProblemAlert error={error} headingLevel={4} />}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Stap opslaan
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
