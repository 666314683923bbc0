import { Alert, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

import { ApiError, NetworkError } from '@/lib/api-client';

/** Turns any error from an API call into Dutch text; problem+json `title`/`detail` are shown as given. */
export function describeError(error: unknown): { title: string; detail?: string; fields?: string[] } {
  if (error instanceof ApiError) {
    const { title, detail, errors } = error.problem;
    return {
      title: title || (error.status >= 500 ? 'Er ging iets mis op de server' : 'De vraag kon niet worden verwerkt'),
      detail: detail || (title ? undefined : `Foutcode ${error.status}. Probeer het later opnieuw.`),
      fields: errors?.map((e) => `${e.field}: ${e.message}`),
    };
  }
  if (error instanceof NetworkError) {
    return {
      title: 'De server is niet bereikbaar',
      detail: 'Controleer uw internetverbinding en probeer het over een paar minuten opnieuw.',
    };
  }
  return { title: 'Er ging iets mis', detail: 'Probeer het later opnieuw.' };
}

export function ProblemAlert({ error, headingLevel = 2 }: { error: unknown; headingLevel?: number }) {
  const { title, detail, fields } = describeError(error);
  return (
    <Alert type="error">
      <Heading level={headingLevel}>{title}</Heading>
      {detail && <Paragraph>{detail}</Paragraph>}
      {fields && fields.length > 0 && (
        <UnorderedList>
          {fields.map((f) => (
            <UnorderedListItem key={f}>{f}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </Alert>
  );
}
