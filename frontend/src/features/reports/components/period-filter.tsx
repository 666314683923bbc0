import { Button, FormField, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';

import type { Period } from '../types';

/** From and to (both optional: the server then takes the last 12 months up to today). */
export function PeriodFilter({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const [draft, setDraft] = useState(period);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  return (
    <form onSubmit={submit} className="zhw-report-period" aria-label="Periode">
      <FormField>
        <Paragraph><FormLabel htmlFor="zhw-report-from">Vanaf</FormLabel></Paragraph>
        <Textbox id="zhw-report-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
      </FormField>
      <FormField>
        <Paragraph><FormLabel htmlFor="zhw-report-to">Tot en met</FormLabel></Paragraph>
        <Textbox id="zhw-report-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button">Toon periode</Button>
    </form>
  );
}
