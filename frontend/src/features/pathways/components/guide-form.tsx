import { Button, ButtonGroup, FormField, FormFieldErrorMessage, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { PHASE_LABELS, VARIANT_LABELS } from '../labels';
import type { PathwayVariant, TreatmentPhase } from '../types';
import type { GuideChoice } from '../utils/guide-params';

type Props = {
  /** The choice now in the URL; the form starts with it. Give the form a `key` to reset it. */
  choice: GuideChoice;
  onChoose: (choice: GuideChoice) => void;
};

/**
 * Pick the phase of treatment (needed) and, if you like, the route. The guide never asks about the institution: a
 * `niveau` in the link (what the institution does) is kept as it came.
 */
export function GuideForm({ choice, onChoose }: Props) {
  const [draft, setDraft] = useState<GuideChoice>(choice);
  const [missingPhase, setMissingPhase] = useState(false);
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!draft.phase) {
      setMissingPhase(true);
      document.getElementById(`${id}-phase`)?.focus();
      return;
    }
    setMissingPhase(false);
    onChoose(draft);
  };

  return (
    <form aria-label="Fase en route kiezen" className="zhw-guide-form" onSubmit={submit} noValidate>
      <FormField
        invalid={missingPhase}
        label={<FormLabel htmlFor={`${id}-phase`}>Fase van de behandeling</FormLabel>}
        errorMessage={
          missingPhase ? (
            <FormFieldErrorMessage id={`${id}-phase-error`}>Kies eerst een fase.</FormFieldErrorMessage>
          ) : undefined
        }
        input={
          <Select
            id={`${id}-phase`}
            name="fase"
            required
            invalid={missingPhase}
            aria-describedby={missingPhase ? `${id}-phase-error` : undefined}
            value={draft.phase ?? ''}
            onChange={(e) => {
              const phase = (e.target.value || undefined) as TreatmentPhase | undefined;
              setDraft({ ...draft, phase });
              if (phase) setMissingPhase(false);
            }}
          >
            <SelectOption value="">Kies een fase</SelectOption>
            {Object.entries(PHASE_LABELS).map(([code, text]) => (
              <SelectOption key={code} value={code}>
                {text}
              </SelectOption>
            ))}
          </Select>
        }
      />
      <FormField
        label={<FormLabel htmlFor={`${id}-variant`}>Voor wie</FormLabel>}
        input={
          <Select
            id={`${id}-variant`}
            name="route"
            value={draft.variant ?? ''}
            onChange={(e) => setDraft({ ...draft, variant: (e.target.value || undefined) as PathwayVariant | undefined })}
          >
            <SelectOption value="">Alle routes</SelectOption>
            {Object.entries(VARIANT_LABELS).map(([code, text]) => (
              <SelectOption key={code} value={code}>
                {text}
              </SelectOption>
            ))}
          </Select>
        }
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          Toon wat u kunt doen
        </Button>
      </ButtonGroup>
    </form>
  );
}
