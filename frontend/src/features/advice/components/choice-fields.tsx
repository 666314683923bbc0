import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

type Options<T extends string> = Record<T, string>;

type GroupProps = { legend: string; hint?: ReactNode; error?: string; children: ReactNode; name: string };

function Group({ legend, hint, error, children, name }: GroupProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset aria-describedby={described} invalid={!!error} className="zhw-advice-group" data-field={name}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {hint && <FormFieldDescription id={`${id}-hint`}>{hint}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <div className="zhw-advice-choices">{children}</div>
    </Fieldset>
  );
}

/** One answer out of a list, as radio buttons. `none` adds an answer that means "not known / no preference". */
export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: Options<T>;
  value: T | undefined;
  none?: string;
  onChange: (value: T | undefined) => void;
}) {
  const id = useId();
  const entries = Object.entries(props.options) as [T, string][];
  const all: [T | '', string][] = props.none ? [...entries, ['', props.none]] : entries;
  return (
    <Group legend={props.legend} hint={props.hint} error={props.error} name={props.name}>
      {all.map(([code, label]) => (
        <FormField key={code || 'none'} type="radio"
          input={
            <RadioButton id={`${id}-${code || 'none'}`} name={`${id}-${props.name}`} value={code}
              checked={(props.value ?? '') === code}
              onChange={() => props.onChange(code === '' ? undefined : (code as T))} />
          }
          label={<FormLabel htmlFor={`${id}-${code || 'none'}`} type="radio">{label}</FormLabel>}
        />
      ))}
    </Group>
  );
}

/** Any number of answers, as checkboxes. */
export function CheckboxGroup<T extends string>(props: {
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: Options<T>;
  value: readonly T[];
  onChange: (value: T[]) => void;
}) {
  const id = useId();
  return (
    <Group legend={props.legend} hint={props.hint} error={props.error} name={props.name}>
      {(Object.entries(props.options) as [T, string][]).map(([code, label]) => (
        <FormField key={code} type="checkbox"
          input={
            <Checkbox id={`${id}-${code}`} name={`${id}-${props.name}`} value={code}
              checked={props.value.includes(code)}
              onChange={(e) => props.onChange(e.target.checked
                ? [...props.value.filter((v) => v !== code), code]
                : props.value.filter((v) => v !== code))} />
          }
          label={<FormLabel htmlFor={`${id}-${code}`} type="checkbox">{label}</FormLabel>}
        />
      ))}
    </Group>
  );
}

/** A single yes/no as one checkbox. */
export function YesNoCheckbox(props: { label: string; hint?: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <FormField type="checkbox" className="zhw-advice-single"
      description={props.hint ? <FormFieldDescription id={`${id}-hint`}>{props.hint}</FormFieldDescription> : undefined}
      input={<Checkbox id={id} checked={props.checked} aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.checked)} />}
      label={<FormLabel htmlFor={id} type="checkbox">{props.label}</FormLabel>}
    />
  );
}

/** One answer from a longer list, as a select with "Weet ik niet" first. */
export function SelectField<T extends string>(props: {
  label: string;
  options: Options<T>;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
}) {
  const id = useId();
  return (
    <FormField
      label={<FormLabel htmlFor={id}>{props.label}</FormLabel>}
      input={
        <Select id={id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value === '' ? undefined : (e.target.value as T))}>
          <SelectOption value="">Weet ik niet</SelectOption>
          {(Object.entries(props.options) as [T, string][]).map(([code, label]) => (
            <SelectOption key={code} value={code}>{label}</SelectOption>
          ))}
        </Select>
      }
    />
  );
}

/** A short free text, such as a place or postcode. */
export function TextField(props: { label: string; hint?: string; name: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <FormField
      data-field={props.name}
      label={<FormLabel htmlFor={id}>{props.label}</FormLabel>}
      description={props.hint ? <FormFieldDescription id={`${id}-hint`}>{props.hint}</FormFieldDescription> : undefined}
      input={
        <Textbox id={id} name={props.name} autoComplete="off" maxLength={100} value={props.value}
          aria-describedby={props.hint ? `${id}-hint` : undefined} onChange={(e) => props.onChange(e.target.value)} />
      }
    />
  );
}
