import { Button, ButtonGroup, Link } from '@utrecht/component-library-react';
import { useRef } from 'react';

/**
 * A sheet as the backend renders it (a complete Dutch page), shown in a frame, with a print button that prints
 * only the sheet and a link to the same sheet as PDF. The frame loads `src`, or shows the page `html` that was
 * fetched with the user's token (the web client's policy allows frames of its own origin only, no blob: addresses).
 */
export function SheetViewer({ title, src, html, pdfHref }: { title: string; src?: string; html?: string; pdfHref?: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <div className="zhw-sheet-viewer">
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={() => frame.current?.contentWindow?.print()}>
          Afdrukken
        </Button>
        {pdfHref && (
          <Link href={pdfHref} target="_blank" rel="noopener">
            Open als pdf
          </Link>
        )}
      </ButtonGroup>
      <iframe ref={frame} className="zhw-sheet-viewer__frame" title={title} src={src} srcDoc={html} />
    </div>
  );
}
