import { Button, FormField, FormFieldDescription, FormLabel, Textbox } from '@utrecht/component-library-react';
import type { FormEvent } from 'react';

import type { Period } from '../types';

type Query = { clientRef: string } & Period;

/** Client number and period of the access history. */
export function AuditSearchFields({ value, onChange, onSubmit }: {
  value: Query;
  onChange: (next: Query) => void;
  onSubmit: (event: FormEvent) => void;
}) {
  const field = (key: keyof Query, label: string, type: 'text' | 'date', hint?: string) => (
    <FormField
      label={<FormLabel htmlFor={`audit-${key}`}>{label}</FormLabel>}
      description={hint ? <FormFieldDescription id={`audit-${key}-hint`}>{hint}</FormFieldDescription> : undefined}
      input={
        <Textbox id={`audit-${key}`} type={type} value={value[key]} required={key === 'clientRef'} autoComplete="off"
          aria-describedby={hint ? `audit-${key}-hint` : undefined}
          onChange={(e) => onChange({ ...value, [key]: e.target.value })} />
      }
    />
  );
  return (
    <form className="zhw-audit-search" onSubmit={onSubmit}>
      {field('clientRef', 'Cliëntnummer', 'text', 'Het nummer of pseudoniem uit het EPD.')}
      {field('from', 'Vanaf (mag leeg)', 'date')}
      {field('to', 'Tot en met (mag leeg)', 'date')}
      <Button type="submit" appearance="primary-action-button">Geschiedenis tonen</Button>
    </form>
  );
}
