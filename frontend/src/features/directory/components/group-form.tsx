import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import type { Group } from '../types';
import {
  ACCESSIBILITY_LABELS,
  AUDIENCE_LABELS,
  BEHAVIOUR_LABELS,
  CONTACT_ROLE_LABELS,
  COUNTRY_LABELS,
} from '../labels';

import type { GroupWrite } from '../types';

import { ErrorSummary } from './error-summary';
import { fieldHelpers, SubmitButton, type AdminFormProps } from './form-fields';

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
    organisationId: value.organisationId.trim(),
    slug: blank(value.slug),
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
  organisationId: 'Organisatie (id)',
  slug: 'Sleutel in de link (niet verplicht)',
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

type Props = AdminFormProps<GroupWrite> & {
  /** A new group: also ask for the organisation and the slug. */
  creating?: boolean;
};

export const EMPTY_GROUP: GroupWrite = {
  organisationId: '',
  name: '',
  audiences: [],
  location: { city: '', country: 'NL' },
  languages: ['nl'],
};

/** Edit form of a group, with an error summary and an error per field as the API reports them. */
export function GroupForm({ initial, errors, saving, onSave, creating = false, submitText = 'Opslaan' }: Props) {
  const id = useId();
  const [value, setValue] = useState<GroupWrite>(initial);
  const [languages, setLanguages] = useState((initial.languages ?? []).join(', '));
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

  const labelOf = (field: string) => FIELD_LABELS[field] ?? field;
  const { describedBy, formField, textbox, checks } = fieldHelpers(errors, fieldId, labelOf);

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
      <ErrorSummary errors={errors} targetId={fieldId} label={labelOf} id={`${id}-summary`} />
      {creating &&
        textbox('organisationId', value.organisationId, (organisationId) => setValue({ ...value, organisationId }), {
          hint: 'Bijvoorbeeld aa-nederland: het laatste deel van de link van de organisatie.',
        })}
      {creating &&
        textbox('slug', value.slug, (slug) => setValue({ ...value, slug }), {
          hint: 'Kleine letters, cijfers en streepjes. Leeg: gemaakt uit de naam.',
        })}
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
      {checks('audiences', AUDIENCE_LABELS, value.audiences, (audiences) => setValue({ ...value, audiences }), { legend: 'Voor wie' })}
      {checks('behaviours', BEHAVIOUR_LABELS, value.behaviours ?? [], (behaviours) => setValue({ ...value, behaviours }), {
        legend: 'Gedrag of middel',
      })}
      {checks('accessibility', ACCESSIBILITY_LABELS, value.accessibility ?? [], (accessibility) => setValue({ ...value, accessibility }), {
        legend: 'Toegankelijkheid',
      })}
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
      {formField(
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
      {formField(
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
      {formField(
        'notes',
        <Textarea
          id={fieldId('notes')}
          invalid={Boolean(errors.notes)}
          aria-describedby={describedBy('notes')}
          value={value.notes ?? ''}
          onChange={(e) => setValue({ ...value, notes: e.target.value })}
        />,
      )}
      <SubmitButton saving={saving}>{submitText}</SubmitButton>
    </form>
  );
}
