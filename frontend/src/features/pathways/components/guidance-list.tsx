import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

import { GUIDANCE_LABELS } from '../labels';
import type { Guidance } from '../types';
import { SourceNote } from '@/components/ui/source-note';

/** Tips, criteria, cautions, risk signals and barriers with their answers, each with its source. */
export function GuidanceList({ items }: { items: Guidance[] }) {
  if (items.length === 0) return null;
  return (
    <UnorderedList className="zhw-guidance">
      {items.map((g, index) => (
        <UnorderedListItem key={index} className={`zhw-guidance__item zhw-guidance__item--${g.kind.toLowerCase()}`}>
          <Paragraph>
            <strong>{GUIDANCE_LABELS[g.kind]}:</strong> {g.text}
          </Paragraph>
          <SourceNote source={g.source} />
          {g.answer && (
            <>
              <Paragraph>
                <strong>Wat kunt u doen:</strong> {g.answer}
              </Paragraph>
              {g.answerSource && <SourceNote source={g.answerSource} />}
            </>
          )}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
