import { Paragraph } from '@utrecht/component-library-react';

import { sourceTitle } from '../labels';
import type { Citation } from '../types';

/** "Bron: <document>, <section>", with the verbatim passage for whoever wants to check it. */
export function SourceNote({ source, label = 'Bron' }: { source: Citation; label?: string }) {
  return (
    <Paragraph appearance="small" className="zhw-source">
      {label}: {sourceTitle(source.document)}, ‘{source.section}’.{' '}
      <span className="zhw-source__quote">
        Passage: <q>{source.quote}</q>
      </span>
    </Paragraph>
  );
}
