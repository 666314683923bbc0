import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';

import { discardDraft, publishDraft, saveStep } from '../api/editor';
import { LEVEL_LABELS, PHASE_LABELS } from '../labels';
import type { PathwayStep, VersionDetail } from '../types';
import { StepCard } from './step-card';
import { StepEditor } from './step-editor';

type Props = {
  draft: VersionDetail;
  /** After publishing or discarding: the page reloads what is now current. */
  onDone: (message: string) => void;
};

const NEW_STEP: PathwayStep = {
  key: '',
  phases: [],
  level: 'VOORLICHTING',
  title: '',
  action: '',
  actors: [],
  materials: [],
  checklist: [],
  guidance: [],
  source: { document: '', section: '', quote: '' },
};

/** A draft version: its steps with "Wijzigen", a new step, a preview as the guide shows it, publish and discard. */
export function DraftEditor({ draft: initial, onDone }: Props) {
  const [draft, setDraft] = useState(initial);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [preview, setPreview] = useState(false);

  const save = async (key: string, input: Parameters<typeof saveStep>[2]) => {
    const next = await saveStep(draft, key, input);
    setDraft(next);
    setEditing(null);
  };

  const run = async (action: () => Promise<void>) => {
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section aria-labelledby="concept" className="zhw-dashboard__section">
      <Heading level={2} id="concept">
        Concept versie {draft.number} (gemaakt van versie {draft.basedOn})
      </Heading>
      <Paragraph appearance="small">
        {draft.updatedBy ? `Laatst gewijzigd door ${draft.updatedBy}.` : `Gemaakt door ${draft.createdBy}.`} Een
        concept is niet zichtbaar voor anderen tot u het publiceert.
      </Paragraph>
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button" onClick={() => setPreview(!preview)} aria-pressed={preview}>
          {preview ? 'Terug naar bewerken' : 'Voorbeeld'}
        </Button>
        <Button
          type="button"
          appearance="primary-action-button"
          onClick={() =>
            void run(async () => {
              const published = await publishDraft(draft);
              onDone(`Versie ${published.number} is gepubliceerd.`);
            })
          }
        >
          Publiceren
        </Button>
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() =>
            void run(async () => {
              await discardDraft(draft);
              onDone(`Concept versie ${draft.number} is weggegooid.`);
            })
          }
        >
          Concept weggooien
        </Button>
      </ButtonGroup>
      {error !== undefined &&
        (error instanceof ApiError && error.status === 412 ? (
          <Alert type="warning">
            <Paragraph>Iemand anders heeft dit concept intussen gewijzigd. Laad de pagina opnieuw.</Paragraph>
          </Alert>
        ) : (
          <ProblemAlert error={error} />
        ))}

      {preview ? (
        <div className="zhw-preview">
          {draft.steps.map((step) => (
            <StepCard key={step.key} pathwayId={draft.pathwayId} step={step} checked={new Set()} onToggle={() => {}} />
          ))}
        </div>
      ) : (
        <ol className="zhw-plan">
          {draft.steps.map((step) => (
            <li key={step.key} className="zhw-step">
              {editing === step.key ? (
                <StepEditor step={step} isNew={false} onSave={save} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <Heading level={3} className="zhw-step__title">
                    {step.title}
                  </Heading>
                  <Paragraph appearance="small" className="zhw-step__meta">
                    {LEVEL_LABELS[step.level]} · {step.phases.map((p) => PHASE_LABELS[p]).join(', ')}
                  </Paragraph>
                  <Button type="button" appearance="secondary-action-button" onClick={() => setEditing(step.key)}>
                    Wijzigen<span className="zhw-visually-hidden">: {step.title}</span>
                  </Button>
                </>
              )}
            </li>
          ))}
          <li className="zhw-step">
            {editing === '' ? (
              <StepEditor step={NEW_STEP} isNew onSave={save} onCancel={() => setEditing(null)} />
            ) : (
              <Button type="button" appearance="secondary-action-button" onClick={() => setEditing('')}>
                Stap toevoegen
              </Button>
            )}
          </li>
        </ol>
      )}
    </section>
  );
}
