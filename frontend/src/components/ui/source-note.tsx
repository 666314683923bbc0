import './source-note.css';
import { Paragraph } from '@utrecht/component-library-react';

import type { Citation } from '@/types/api-models';

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

/** Readable titles of the source documents, by the number the file name starts with. */
const SOURCE_TITLES: Record<string, string> = {
  '000': 'KNMG, module ‘Verslaving onder artsen’',
  '001': 'Bijblijven 2017, ‘Verslaving en artsen’',
  '002': 'Handleiding ‘Onbenutte mogelijkheden’ (Resultaten Scoren, 2004)',
  '003': 'De Borg, behandelmodule Middelengebruik (2025)',
  '004': 'VAD, middelengebruik in de thuiscontext (2023)',
};

function sourceTitle(document: string): string {
  return SOURCE_TITLES[document.slice(0, 3)] ?? document;
}

