import {
  Alert,
  FormFieldCheckbox,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';

import type { ReactNode } from 'react';

import { ACTOR_LABELS, LEVEL_LABELS } from '../labels';
import type { PathwayStep } from '../types';
import { checkId } from '../utils/guide-params';
import { GuidanceList } from './guidance-list';
import { SourceNote } from '@/components/ui/source-note';

type Props = {
  pathwayId: string;
  step: PathwayStep;
  /** Ticks of this conversation; kept in the page only, never sent. */
  checked: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  /** Shown under the step's text, e.g. the link to its printable sheet. */
  link?: ReactNode;
};

/** One step: level, who, what to do, materials, a checklist to tick, guidance, and the source. */
export function StepCard({ pathwayId, step, checked, onToggle, link }: Props) {
  const headingId = `stap-${pathwayId}-${step.key}`;
  return (
    <article className="zhw-step" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} className="zhw-step__title">
        {step.title}
      </Heading>
      <Paragraph appearance="small" className="zhw-step__meta">
        <span className="zhw-step__level">{LEVEL_LABELS[step.level]}</span>
        {' · '}
        Wie: {step.actors.map((a) => ACTOR_LABELS[a]).join(', ')}
      </Paragraph>
      <Paragraph>{step.action}</Paragraph>
      <SourceNote source={step.source} />
      {link && <Paragraph className="zhw-step__link zhw-no-print">{link}</Paragraph>}

      {step.inference && step.note && (
        <Alert type="info">
          <Paragraph>
            <strong>Let op, afgeleid:</strong> {step.note}
          </Paragraph>
        </Alert>
      )}

      {step.materials.length > 0 && (
        <>
          <Heading level={4}>Materiaal</Heading>
          <UnorderedList>
            {step.materials.map((m, index) => (
              <UnorderedListItem key={index}>
                {m.text}
                <SourceNote source={m.source} />
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}

      {step.checklist.length > 0 && (
        <fieldset className="zhw-checklist">
          <legend className="zhw-checklist__legend">Checklist voor dit gesprek</legend>
          {step.checklist.map((item, index) => {
            const id = checkId(pathwayId, step.key, index);
            return (
              <div key={id} className="zhw-checklist__item">
                <FormFieldCheckbox
                  id={`check-${id.replaceAll('/', '-')}`}
                  label={item.text}
                  checked={checked.has(id)}
                  onChange={(event) => onToggle(id, event.currentTarget.checked)}
                />
                <SourceNote source={item.source} />
              </div>
            );
          })}
        </fieldset>
      )}

      {step.guidance.length > 0 && (
        <>
          <Heading level={4}>Handreikingen</Heading>
          <GuidanceList items={step.guidance} />
        </>
      )}
    </article>
  );
}
