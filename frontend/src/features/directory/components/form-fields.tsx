import { Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

import type { FieldErrors } from './field-errors';

/** What the create-or-edit forms of the coordinator screens take. */
export type AdminFormProps<V> = {
  initial: V;
  /** The API's field errors of the last refused save. */
  errors: FieldErrors;
  /** A save is under way: the submit button says so (aria-disabled) instead of vanishing. */
  saving: boolean;
  onSave: (value: V) => void;
  submitText?: string;
};

/** The form's submit button; while saving it stays focusable but is marked aria-disabled. */
export function SubmitButton({
  saving,
  appearance = 'primary-action-button',
  children,
}: {
  saving: boolean;
  appearance?: 'primary-action-button' | 'secondary-action-button';
  children: ReactNode;
}) {
  return (
    <div>
      <Button type="submit" appearance={appearance} aria-disabled={saving || undefined}>
        {children}
      </Button>
    </div>
  );
}

/**
 * The field building blocks of the coordinator forms, wired to the API's field errors: the label, the hint and the
 * error message of a field, linked to its input by id and aria-describedby.
 *
 * @param fieldId the input's id for a field path
 * @param labelOf the field's label
 */
export function fieldHelpers(errors: FieldErrors, fieldId: (field: string) => string, labelOf: (field: string) => ReactNode) {
  /** The ids of the field's hint (when it has one) and error message, for aria-describedby. */
  const describedBy = (field: string, hint = false) =>
    [hint ? `${fieldId(field)}-hint` : '', errors[field] ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ') || undefined;

  /** A labelled field around `input`, with its hint and error message. */
  const formField = (field: string, input: ReactNode, hint?: string, labelText?: ReactNode) => (
    <FormField
      invalid={Boolean(errors[field])}
      label={<FormLabel htmlFor={fieldId(field)}>{labelText ?? labelOf(field)}</FormLabel>}
      description={hint ? <FormFieldDescription id={`${fieldId(field)}-hint`}>{hint}</FormFieldDescription> : undefined}
      errorMessage={errors[field] ? <span id={`${fieldId(field)}-error`}>{errors[field]}</span> : undefined}
      input={input}
    />
  );

  /** A text input field. */
  const textbox = (field: string, v: string | undefined, set: (s: string) => void, extra: { type?: string; hint?: string; label?: string } = {}) =>
    formField(
      field,
      <Textbox
        id={fieldId(field)}
        type={extra.type}
        invalid={Boolean(errors[field])}
        aria-describedby={describedBy(field, Boolean(extra.hint))}
        value={v ?? ''}
        onChange={(e) => set(e.target.value)}
      />,
      extra.hint,
      extra.label,
    );

  /**
   * A fieldset of checkboxes for a list of codes, with the field's error message.
   * `focusTarget`: the boxes get the field's id, so the error summary can link to them.
   */
  function checks<K extends string>(
    field: string,
    labels: Record<K, string>,
    selected: readonly K[],
    set: (v: K[]) => void,
    { legend, focusTarget = false }: { legend?: ReactNode; focusTarget?: boolean } = {},
  ) {
    return (
      <Fieldset invalid={Boolean(errors[field])} aria-describedby={errors[field] ? `${fieldId(field)}-error` : undefined}>
        <FieldsetLegend>{legend ?? labelOf(field)}</FieldsetLegend>
        {errors[field] && (
          <Paragraph id={`${fieldId(field)}-error`} className="utrecht-form-field-error-message">
            {errors[field]}
          </Paragraph>
        )}
        <div className="zhw-admin-checks" id={focusTarget ? fieldId(field) : undefined} tabIndex={focusTarget ? -1 : undefined}>
          {(Object.keys(labels) as K[]).map((code) => (
            <div className="zhw-admin-check" key={code}>
              <Checkbox
                id={`${fieldId(field)}-${code}`}
                checked={selected.includes(code)}
                onChange={(e) => set(e.target.checked ? [...selected, code] : selected.filter((c) => c !== code))}
              />
              <FormLabel htmlFor={`${fieldId(field)}-${code}`} type="checkbox">
                {labels[code]}
              </FormLabel>
            </div>
          ))}
        </div>
      </Fieldset>
    );
  }

  return { describedBy, formField, textbox, checks };
}
