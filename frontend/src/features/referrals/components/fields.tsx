import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

type Common = { id: string; label: string; hint?: ReactNode; error?: string };

function describedBy({ id, hint, error }: Common) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** The FormField props that show help text and error, with the ids `describedBy` points at. */
function extras({ id, hint, error }: Common) {
  return {
    invalid: !!error,
    description: hint ? <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription> : undefined,
    errorMessage: error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : undefined,
  };
}

/** A labelled text input (or textarea with `rows`), with help text and error tied to it for screen readers. */
export function TextField(props: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'number';
  rows?: number;
  required?: boolean;
  autoComplete?: string;
}) {
  const { id, label, value, onChange, type = 'text', rows, required, error } = props;
  const shared = {
    id,
    value,
    required,
    invalid: !!error,
    'aria-describedby': describedBy(props),
  };
  return (
    <FormField
      {...extras(props)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      input={
        rows ? (
          <Textarea {...shared} rows={rows} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <Textbox {...shared} type={type} autoComplete={props.autoComplete ?? 'off'} onChange={(e) => onChange(e.target.value)} />
        )
      }
    />
  );
}

/** A labelled select of API codes with Dutch names; `empty` adds a first option without a value. */
export function CodeField<T extends string>(props: Common & {
  labels: Record<T, string>;
  value: T | '';
  empty?: string;
  onChange: (value: T) => void;
}) {
  const { id, label, labels, value, empty, onChange, error } = props;
  return (
    <FormField
      {...extras(props)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      input={
        <Select id={id} value={value} invalid={!!error} aria-describedby={describedBy(props)}
          onChange={(e) => onChange(e.target.value as T)}>
          {empty !== undefined && <SelectOption value="">{empty}</SelectOption>}
          {(Object.entries(labels) as [T, string][]).map(([code, text]) => (
            <SelectOption key={code} value={code}>{text}</SelectOption>
          ))}
        </Select>
      }
    />
  );
}

/** One yes/no question as a checkbox. */
export function YesNoField({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <FormField
      type="checkbox"
      input={<Checkbox id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} />}
      label={<FormLabel htmlFor={id} type="checkbox">{label}</FormLabel>}
    />
  );
}
