import { Paragraph } from '@utrecht/component-library-react';

/** A calm loading message that screen readers announce. */
export function Loading({ children = 'De gegevens worden geladen…' }: { children?: React.ReactNode }) {
  return (
    <div role="status" className="zhw-loading">
      <Paragraph>{children}</Paragraph>
    </div>
  );
}
