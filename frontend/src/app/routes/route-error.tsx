import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';

import { AppLink } from '@/components/ui/router-link';
import { useDocumentTitle } from '@/hooks/use-document-title';

/** Shown inside the layout when a page crashes. */
export function RouteError() {
  useDocumentTitle('Er ging iets mis');
  return (
    <>
      <Heading level={1} className="zhw-page-title" tabIndex={-1}>
        Er ging iets mis
      </Heading>
      <Alert type="error">
        <Paragraph>Deze pagina kon niet worden getoond. Laad de pagina opnieuw of probeer het later nog eens.</Paragraph>
      </Alert>
      <Paragraph>
        <AppLink to="/">Naar Organisaties zoeken</AppLink>
      </Paragraph>
    </>
  );
}
