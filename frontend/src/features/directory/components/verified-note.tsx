import { Paragraph } from '@utrecht/component-library-react';

import { verifiedYear } from '../utils/verification';

/** "Gegevens gecontroleerd in 2004". */
export function VerifiedNote({ verifiedAt }: { verifiedAt: string }) {
  return (
    <Paragraph appearance="small" className="zhw-verified">
      Gegevens gecontroleerd in <time dateTime={verifiedAt}>{verifiedYear(verifiedAt)}</time>
    </Paragraph>
  );
}
