import { Alert, Heading, Link, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';

import type { FieldErrors } from './field-errors';

type Props = {
  errors: FieldErrors;
  /** The id of the input a field's error links to. */
  targetId: (field: string) => string;
  /** The field's name as the form shows it. */
  label: (field: string) => ReactNode;
  id?: string;
};

/**
 * "Controleer deze velden": one link per field error, to its input. After a refused save the summary gets focus,
 * so keyboard and screen-reader users hear it. Nothing when there are no errors.
 */
export function ErrorSummary({ errors, targetId, label, id }: Props) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length > 0) summary.current?.focus();
  }, [errors]);
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div ref={summary} tabIndex={-1} id={id}>
      <Alert type="error">
        <Heading level={3}>Controleer deze velden</Heading>
        <UnorderedList>
          {entries.map(([field, message]) => (
            <UnorderedListItem key={field}>
              <Link href={`#${targetId(field)}`}>
                {label(field)}: {message}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}
