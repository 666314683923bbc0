import { Heading, Paragraph } from '@utrecht/component-library-react';

import { AppButtonLink } from '@/components/ui/router-link';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** Any address the app does not know. */
export function NotFoundRoute() {
  useDocumentTitle('Pagina niet gevonden');
  return (
    <div className="zhw-not-found">
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        Pagina niet gevonden
      </Heading>
      <Paragraph>Deze pagina bestaat niet (meer). Controleer het adres, of begin opnieuw bij het zoeken.</Paragraph>
      <Paragraph>
        <AppButtonLink to="/" appearance="primary-action-button">
          Naar Organisaties zoeken
        </AppButtonLink>
      </Paragraph>
    </div>
  );
}
