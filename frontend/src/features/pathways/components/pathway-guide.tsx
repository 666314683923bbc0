import './pathways.css';

import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';

import { AUDIENCE_LABELS, PHASE_LABELS } from '../labels';
import type { PathwayList, TreatmentPhase } from '../types';
import { GuidanceList } from './guidance-list';
import { SourceNote } from '@/components/ui/source-note';
import { StepCard } from './step-card';

type Props = {
  result: PathwayList;
  phase: TreatmentPhase;
  /** Called by "Afdrukken"; the page's print style leaves out menus and forms. */
  onPrint?: () => void;
  /** A link shown with each step (the route adds the step's printable sheet). */
  stepLink?: (pathwayId: string, stepKey: string) => ReactNode;
};

/**
 * The steps for the chosen phase, per pathway. The checklist ticks live only in this component: nothing is stored
 * or sent, and they are gone after choosing another phase or leaving the page.
 */
export function PathwayGuide({ result, phase, onPrint = () => window.print(), stepLink }: Props) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) =>
    setChecked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const steps = result.items.reduce((n, p) => n + p.steps.length, 0);
  const items = result.items.reduce((n, p) => n + p.steps.reduce((m, s) => m + s.checklist.length, 0), 0);

  if (result.items.length === 0) {
    return (
      <div className="zhw-guide-result">
        <Heading level={2}>Geen stappen gevonden</Heading>
        <Paragraph>
          Voor de fase ‘{PHASE_LABELS[phase]}’ staat bij deze keuze niets in de zorgpaden. Kies een andere route of
          ‘Alles tonen’.
        </Paragraph>
      </div>
    );
  }

  return (
    <div className="zhw-guide-result">
      <div className="zhw-guide-result__head">
        <Heading level={2}>
          {steps === 1 ? '1 stap' : `${steps} stappen`} voor de fase ‘{PHASE_LABELS[phase]}’
        </Heading>
        <ButtonGroup className="zhw-no-print">
          <Button type="button" appearance="secondary-action-button" onClick={onPrint}>
            Afdrukken
          </Button>
          {checked.size > 0 && (
            <Button type="button" appearance="subtle-button" onClick={() => setChecked(new Set())}>
              Vinkjes wissen
            </Button>
          )}
        </ButtonGroup>
      </div>
      {items > 0 && (
        <Paragraph appearance="small" aria-live="polite" className="zhw-guide-result__progress">
          {checked.size} van {items} {items === 1 ? 'punt' : 'punten'} afgevinkt. De vinkjes worden niet bewaard.
        </Paragraph>
      )}

      {result.items.map((pathway) => (
        <section key={pathway.id} className="zhw-pathway" aria-labelledby={`zorgpad-${pathway.id}`}>
          <Heading level={2} id={`zorgpad-${pathway.id}`} className="zhw-pathway__title">
            {pathway.title}
          </Heading>
          <Paragraph appearance="small" className="zhw-pathway__meta">
            {AUDIENCE_LABELS[pathway.audience]} · versie {pathway.version}
          </Paragraph>
          <Paragraph>{pathway.summary}</Paragraph>
          <SourceNote source={pathway.source} />
          {pathway.steps.map((step) => (
            <StepCard
              key={step.key}
              pathwayId={pathway.id}
              step={step}
              checked={checked}
              onToggle={toggle}
              link={stepLink?.(pathway.id, step.key)}
            />
          ))}
          {pathway.guidance.length > 0 && (
            <details className="zhw-pathway__guidance">
              <summary>Drempels en tips voor dit zorgpad ({pathway.guidance.length})</summary>
              <GuidanceList items={pathway.guidance} />
            </details>
          )}
        </section>
      ))}
    </div>
  );
}
