import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';

type Props = {
  id: string;
  name: string;
  label: string;
  /** The first option, meaning "no filter". */
  all: string;
  /** Code → Dutch label, in the order to show. */
  labels: Record<string, string>;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
};

/** A labelled select of API codes with Dutch names, as the search forms use it; empty means "all". */
export function CodeSelectField({ id, name, label, all, labels, value, onChange }: Props) {
  return (
    <FormField
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      input={
        <Select id={id} name={name} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
          <SelectOption value="">{all}</SelectOption>
          {Object.entries(labels).map(([code, text]) => (
            <SelectOption key={code} value={code}>
              {text}
            </SelectOption>
          ))}
        </Select>
      }
    />
  );
}
