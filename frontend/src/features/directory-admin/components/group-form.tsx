import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading,
  Link,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';

import type { Group } from '@/features/group-finder/types';
import {
  ACCESSIBILITY_LABELS,
  AUDIENCE_LABELS,
  BEHAVIOUR_LABELS,
  CONTACT_ROLE_LABELS,
  COUNTRY_LABELS,
} from '@/features/group-finder/labels';

import type { GroupWrite } from '../types';

export type FieldErrors = Record<string, string>;

/** The form's starting values from a group as the API gives it. */
export function toGroupWrite(group: Group): GroupWrite {
  const loc = group.location;
  return {
    organisationId: group.organisation.id,
    name: group.name,
    location: loc
      ? {
          name: loc.name,
          address: loc.address,
          postcode: loc.postcode,
          city: loc.city,
          region: loc.region,
          country: loc.country,
          latitude: loc.latitude,
          longitude: loc.longitude,
          approximate: loc.approximate,
        }
      : undefined,
    audiences: group.audiences,
    behaviours: group.behaviours,
    open: group.open,
    dualDiagnosis: group.dualDiagnosis,
    insideInstitution: group.insideInstitution,
    acceptsTrial: group.acceptsTrial,
    medicationNote: group.medicationNote,
    languages: group.languages,
    accessibility: group.accessibility,
    professionalMayAttend: group.professionalMayAttend,
    contactRole: group.contactRole,
    contactPhone: group.contactPhone,
    contactEmail: group.contactEmail,
    website: group.website,
    notes: group.notes,
  };
}

/** Empty text fields are sent as absent, so that "leeg" does not become "". */
function clean(value: GroupWrite): GroupWrite {
  const blank = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());
  const location = value.location
    ? {
        ...value.location,
        name: blank(value.location.name),
        address: blank(value.location.address),
        postcode: blank(value.location.postcode),
        region: blank(value.location.region),
        city: value.location.city.trim(),
      }
    : undefined;
  return {
    ...value,
    name: value.name.trim(),
    location,
    medicationNote: blank(value.medicationNote),
    contactPhone: blank(value.contactPhone),
    contactEmail: blank(value.contactEmail),
    website: blank(value.website),
    notes: blank(value.notes),
  };
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Naam',
  'location.name': 'Naam van het gebouw',
  'location.address': 'Adres',
  'location.postcode': 'Postcode',
  'location.city': 'Plaats',
  'location.region': 'Provincie of regio',
  audiences: 'Voor wie',
  languages: 'Talen',
  medicationNote: 'Medicatie',
  contactPhone: 'Telefoon',
  contactEmail: 'E-mail',
  website: 'Website',
  notes: 'Meer over de groep',
};

type Props = {
  initial: GroupWrite;
  errors: FieldErrors;
  saving: boolean;
  onSave: (value: GroupWrite) => void;
};

/** Edit form of a group, with an error summary and an error per field as the API reports them. */
export function GroupForm({ initial, errors, saving, onSave }: Props) {
  const id = useId();
  const [value, setValue] = useState<GroupWrite>(initial);
  const [languages, setLanguages] = useState((initial.languages ?? []).join(', '));
  const summary = useRef<HTMLDivElement>(null);
  // After a refused save, put focus on the error summary so keyboard and screen-reader users hear it.
  useEffect(() => {
    if (Object.keys(errors).length > 0) summary.current?.focus();
  }, [errors]);
  const fieldId = (field: string) => `${id}-${field.replace(/\./g, '-')}`;
  const location = value.location ?? { city: '', country: 'NL' as const };
  const setLocation = (patch: Partial<NonNullable<GroupWrite['location']>>) =>
    setValue({ ...value, location: { ...location, ...patch } });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave(
      clean({
        ...value,
        languages: languages
          .split(/[,\s]+/)
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean),
      }),
    );
  };

  const errorEntries = Object.entries(errors);

  const text = (field: string, input: ReactNode, description?: string) => (
    <FormField
      invalid={Boolean(errors[field])}
      label={<FormLabel htmlFor={fieldId(field)}>{FIELD_LABELS[field] ?? field}</FormLabel>}
      description={description ? <FormFieldDescription id={`${fieldId(field)}-hint`}>{description}</FormFieldDescription> : undefined}
      errorMessage={errors[field] ? <span id={`${fieldId(field)}-error`}>{errors[field]}</span> : undefined}
      input={input}
    />
  );
  const describedBy = (field: string, hint = false) =>
    [hint ? `${fieldId(field)}-hint` : '', errors[field] ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const textbox = (field: string, v: string | undefined, set: (s: string) => void, extra: { type?: string; hint?: string } = {}) =>
    text(
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
    );

  function checks<K extends string>(legend: string, field: string, labels: Record<K, string>, selected: readonly K[], set: (v: K[]) => void) {
    return (
      <Fieldset invalid={Boolean(errors[field])} aria-describedby={errors[field] ? `${fieldId(field)}-error` : undefined}>
        <FieldsetLegend>{legend}</FieldsetLegend>
        {errors[field] && (
          <Paragraph id={`${fieldId(field)}-error`} className="utrecht-form-field-error-message">
            {errors[field]}
          </Paragraph>
        )}
        <div className="zhw-admin-checks">
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

  const flag = (field: 'open' | 'dualDiagnosis' | 'insideInstitution' | 'acceptsTrial' | 'professionalMayAttend', text: string) => (
    <div className="zhw-admin-check" key={field}>
      <Checkbox id={fieldId(field)} checked={Boolean(value[field])} onChange={(e) => setValue({ ...value, [field]: e.target.checked })} />
      <FormLabel htmlFor={fieldId(field)} type="checkbox">
        {text}
      </FormLabel>
    </div>
  );

  return (
    <form className="zhw-admin-form" onSubmit={submit} noValidate aria-label="Gegevens van de groep">
      {errorEntries.length > 0 && (
        <div ref={summary} tabIndex={-1} id={`${id}-summary`}>
          <Alert type="error">
            <Heading level={3}>Controleer deze velden</Heading>
            <UnorderedList>
              {errorEntries.map(([field, message]) => (
                <UnorderedListItem key={field}>
                  <Link href={`#${fieldId(field)}`}>
                    {FIELD_LABELS[field] ?? field}: {message}
                  </Link>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        </div>
      )}
      {textbox('name', value.name, (name) => setValue({ ...value, name }))}
      <Fieldset>
        <FieldsetLegend>Plek</FieldsetLegend>
        {textbox('location.name', location.name, (name) => setLocation({ name }))}
        {textbox('location.address', location.address, (address) => setLocation({ address }))}
        {textbox('location.postcode', location.postcode, (postcode) => setLocation({ postcode }))}
        {textbox('location.city', location.city, (city) => setLocation({ city }))}
        {textbox('location.region', location.region, (region) => setLocation({ region }))}
        <FormField
          label={<FormLabel htmlFor={fieldId('location.country')}>Land</FormLabel>}
          input={
            <Select
              id={fieldId('location.country')}
              value={location.country}
              onChange={(e) => setLocation({ country: e.target.value as 'NL' | 'BE' })}
            >
              {Object.entries(COUNTRY_LABELS).map(([code, t]) => (
                <SelectOption key={code} value={code}>
                  {t}
                </SelectOption>
              ))}
            </Select>
          }
        />
        <div className="zhw-admin-check">
          <Checkbox
            id={fieldId('location.approximate')}
            checked={Boolean(location.approximate)}
            onChange={(e) => setLocation({ approximate: e.target.checked })}
          />
          <FormLabel htmlFor={fieldId('location.approximate')} type="checkbox">
            Alleen de plaats is bekend, niet het precieze adres
          </FormLabel>
        </div>
      </Fieldset>
      {checks('Voor wie', 'audiences', AUDIENCE_LABELS, value.audiences, (audiences) => setValue({ ...value, audiences }))}
      {checks('Gedrag of middel', 'behaviours', BEHAVIOUR_LABELS, value.behaviours ?? [], (behaviours) => setValue({ ...value, behaviours }))}
      {checks('Toegankelijkheid', 'accessibility', ACCESSIBILITY_LABELS, value.accessibility ?? [], (accessibility) =>
        setValue({ ...value, accessibility }),
      )}
      <Fieldset>
        <FieldsetLegend>Afspraken van de groep</FieldsetLegend>
        <div className="zhw-admin-checks">
          {flag('open', 'Open: iedereen mag komen')}
          {flag('professionalMayAttend', 'Een hulpverlener mag meekomen')}
          {flag('acceptsTrial', 'Eerst een paar keer komen kijken kan')}
          {flag('dualDiagnosis', 'Ook voor dubbele diagnose')}
          {flag('insideInstitution', 'Komt samen binnen een instelling')}
        </div>
      </Fieldset>
      {text(
        'languages',
        <Textbox
          id={fieldId('languages')}
          invalid={Boolean(errors.languages)}
          aria-describedby={describedBy('languages', true)}
          value={languages}
          onChange={(e) => setLanguages(e.target.value)}
        />,
        'Taalcodes van twee letters, met komma’s: nl, en, fr.',
      )}
      {text(
        'medicationNote',
        <Textarea
          id={fieldId('medicationNote')}
          invalid={Boolean(errors.medicationNote)}
          aria-describedby={describedBy('medicationNote')}
          value={value.medicationNote ?? ''}
          onChange={(e) => setValue({ ...value, medicationNote: e.target.value })}
        />,
      )}
      <Fieldset>
        <FieldsetLegend>Contact (nooit de naam van een persoon)</FieldsetLegend>
        <FormField
          label={<FormLabel htmlFor={fieldId('contactRole')}>Contact via</FormLabel>}
          input={
            <Select
              id={fieldId('contactRole')}
              value={value.contactRole ?? ''}
              onChange={(e) =>
                setValue({ ...value, contactRole: e.target.value === '' ? undefined : (e.target.value as GroupWrite['contactRole']) })
              }
            >
              <SelectOption value="">Onbekend</SelectOption>
              {Object.entries(CONTACT_ROLE_LABELS).map(([code, t]) => (
                <SelectOption key={code} value={code}>
                  {t}
                </SelectOption>
              ))}
            </Select>
          }
        />
        {textbox('contactPhone', value.contactPhone, (contactPhone) => setValue({ ...value, contactPhone }), { type: 'tel' })}
        {textbox('contactEmail', value.contactEmail, (contactEmail) => setValue({ ...value, contactEmail }), { type: 'email' })}
        {textbox('website', value.website, (website) => setValue({ ...value, website }), { type: 'url' })}
      </Fieldset>
      {text(
        'notes',
        <Textarea
          id={fieldId('notes')}
          invalid={Boolean(errors.notes)}
          aria-describedby={describedBy('notes')}
          value={value.notes ?? ''}
          onChange={(e) => setValue({ ...value, notes: e.target.value })}
        />,
      )}
      <div>
        <Button type="submit" appearance="primary-action-button" aria-disabled={saving || undefined}>
          Opslaan
        </Button>
      </div>
    </form>
  );
}
