import {
  Button,
  Fieldset,
  FieldsetLegend,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';

import {
  APPROACH_LABELS,
  AUDIENCE_LABELS,
  BEHAVIOUR_LABELS,
  CONTACT_KIND_LABELS,
  COUNTRY_LABELS,
  ORGANISATION_KIND_LABELS,
  STATUS_LABELS,
} from '../labels';
import type { ContactKind, OrganisationDetail, OrganisationStatus } from '@/types/api-models';

import { useOrganisationChoices } from '../api/admin-organisations';
import type { ContactPointWrite, OrganisationCreate, OrganisationWrite } from '../types';

import { ErrorSummary } from './error-summary';
import { fieldHelpers, SubmitButton, type AdminFormProps } from './form-fields';

/** The form holds the fields of a new organisation; when editing, only the OrganisationWrite part is sent. */
export type OrganisationFormValue = OrganisationCreate;

export const EMPTY_ORGANISATION: OrganisationFormValue = {
  name: '',
  kind: 'SELF_HELP_FELLOWSHIP',
  approach: 'TWELVE_STEP',
  country: 'NL',
  status: 'ACTIVE',
  description: '',
  audiences: [],
  behaviours: [],
  contactPoints: [],
  source: { document: '', section: '' },
};

/** The form's starting values from an organisation as the API gives it. */
export function toOrganisationFormValue(o: OrganisationDetail): OrganisationFormValue {
  return {
    id: o.id,
    name: o.name,
    shortName: o.shortName,
    kind: o.kind,
    approach: o.approach,
    country: o.country,
    status: o.status,
    description: o.description,
    umbrellaId: o.umbrellaId,
    audiences: o.audiences,
    behaviours: o.behaviours,
    contactPoints: o.contactPoints.map((c) => ({ kind: c.kind, label: c.label, value: c.value, note: c.note })),
    source: { document: o.source.document, section: o.source.section },
  };
}

const blank = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());

/** What PUT /api/v1/organisations/{id} takes. */
export function toOrganisationWrite(v: OrganisationFormValue): OrganisationWrite {
  return {
    name: v.name,
    shortName: v.shortName,
    status: v.status,
    description: v.description,
    umbrellaId: v.umbrellaId,
    audiences: v.audiences,
    behaviours: v.behaviours,
    contactPoints: v.contactPoints,
  };
}

function clean(v: OrganisationFormValue): OrganisationFormValue {
  return {
    ...v,
    id: blank(v.id),
    name: v.name.trim(),
    shortName: blank(v.shortName),
    description: v.description.trim(),
    umbrellaId: blank(v.umbrellaId),
    contactPoints: v.contactPoints.map((c) => ({ kind: c.kind, label: blank(c.label), value: c.value.trim(), note: blank(c.note) })),
    source: { document: v.source.document.trim(), section: v.source.section.trim() },
  };
}

const FIELD_LABELS: Record<string, string> = {
  id: 'Sleutel in de link (niet verplicht)',
  name: 'Naam',
  shortName: 'Korte naam (niet verplicht)',
  kind: 'Soort organisatie',
  approach: 'Aanpak',
  country: 'Land',
  status: 'Status',
  description: 'Omschrijving',
  umbrellaId: 'Valt onder (overkoepelende organisatie)',
  audiences: 'Voor wie',
  behaviours: 'Gedrag of middel',
  contactPoints: 'Contactgegevens',
  source: 'Bron',
  'source.document': 'Bron',
  'source.section': 'Onderdeel van de bron',
};

const CONTACT_FIELD_LABELS: Record<string, string> = { kind: 'soort', label: 'naam', value: 'gegeven', note: 'toelichting' };

/** "Contactgegeven 2: gegeven" for the error "contactPoints[1].value". */
function labelFor(field: string): string {
  const contact = /^contactPoints\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (contact) {
    const n = Number(contact[1]) + 1;
    return contact[2] ? `Contactgegeven ${n}: ${CONTACT_FIELD_LABELS[contact[2]] ?? contact[2]}` : `Contactgegeven ${n}`;
  }
  return FIELD_LABELS[field] ?? field;
}

const VALUE_HINTS: Record<ContactKind, string> = {
  VISIT_ADDRESS: 'Straat en huisnummer, postcode en plaats.',
  POSTAL_ADDRESS: 'Postbus of adres, postcode en plaats.',
  PHONE: 'Een Nederlands of Belgisch nummer, bijvoorbeeld 030 123 45 67.',
  HELPLINE: 'Een Nederlands of Belgisch nummer, bijvoorbeeld 0900 123 45 67.',
  EMAIL: 'Bijvoorbeeld info@voorbeeld.nl.',
  WEBSITE: 'Begint met https://.',
};

type Props = AdminFormProps<OrganisationFormValue> & {
  /** A new organisation: also ask for id, kind, approach, country and source (fixed afterwards). */
  creating?: boolean;
};

/** Create or edit form of an organisation with its typed contact points; field errors as the API reports them. */
type Choice = { id: string; name: string };

/** The organisations to choose from by name; a stored id not in the list stays choosable, so saving never loses it. */
function umbrellaChoices(organisations: readonly Choice[], stored: string | undefined): Choice[] {
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return stored && !sorted.some((o) => o.id === stored) ? [{ id: stored, name: stored }, ...sorted] : sorted;
}

export function OrganisationForm({ initial, errors, saving, onSave, creating = false, submitText = 'Opslaan' }: Props) {
  const id = useId();
  const [value, setValue] = useState<OrganisationFormValue>(initial);
  // Stable React keys for the contact points, so removing one keeps the others' inputs in place.
  const nextKey = useRef(initial.contactPoints.length);
  const [keys, setKeys] = useState<number[]>(() => initial.contactPoints.map((_, i) => i));
  const addButton = useRef<HTMLButtonElement>(null);
  const fieldId = (field: string) => `${id}-${field.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;
  const { describedBy, formField, textbox, checks } = fieldHelpers(errors, fieldId, labelFor);
  const choices = useOrganisationChoices();
  function select<K extends string>(field: string, labels: Record<K, string>, v: K, set: (k: K) => void, codes?: K[]) {
    return formField(
      field,
      <Select
        id={fieldId(field)}
        invalid={Boolean(errors[field])}
        aria-describedby={describedBy(field)}
        value={v}
        onChange={(e) => set(e.target.value as K)}
      >
        {(codes ?? (Object.keys(labels) as K[])).map((code) => (
          <SelectOption key={code} value={code}>
            {labels[code]}
          </SelectOption>
        ))}
      </Select>,
    );
  }

  const setContact = (index: number, patch: Partial<ContactPointWrite>) =>
    setValue({ ...value, contactPoints: value.contactPoints.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  const addContact = () => {
    setValue({ ...value, contactPoints: [...value.contactPoints, { kind: 'PHONE', value: '' }] });
    setKeys([...keys, nextKey.current++]);
    // Focus the new point's first field once it is rendered.
    const n = value.contactPoints.length;
    window.setTimeout(() => document.getElementById(fieldId(`contactPoints[${n}].kind`))?.focus(), 0);
  };
  const removeContact = (index: number) => {
    setValue({ ...value, contactPoints: value.contactPoints.filter((_, i) => i !== index) });
    setKeys(keys.filter((_, i) => i !== index));
    window.setTimeout(() => addButton.current?.focus(), 0);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave(clean(value));
  };

  const statusCodes: OrganisationStatus[] = creating || value.status !== 'INACTIVE' ? ['ACTIVE', 'IN_FORMATION'] : ['ACTIVE', 'IN_FORMATION', 'INACTIVE'];
  return (
    <form className="zhw-admin-form" onSubmit={submit} noValidate aria-label={creating ? 'Nieuwe organisatie' : 'Gegevens van de organisatie'}>
      <ErrorSummary
        errors={errors}
        targetId={(field) => fieldId(field === 'source' ? 'source.document' : field)}
        label={labelFor}
      />
      {textbox('name', value.name, (name) => setValue({ ...value, name }))}
      {textbox('shortName', value.shortName, (shortName) => setValue({ ...value, shortName }), { hint: 'Bijvoorbeeld AA of AGOG.' })}
      {creating &&
        textbox('id', value.id, (v) => setValue({ ...value, id: v }), {
          hint: 'Kleine letters, cijfers en streepjes, zoals aa-nederland. Leeg: gemaakt uit de naam. Later niet te veranderen.',
        })}
      {creating && select('kind', ORGANISATION_KIND_LABELS, value.kind, (kind) => setValue({ ...value, kind }))}
      {creating && select('approach', APPROACH_LABELS, value.approach, (approach) => setValue({ ...value, approach }))}
      {creating && select('country', COUNTRY_LABELS, value.country, (country) => setValue({ ...value, country }))}
      {select('status', STATUS_LABELS, value.status, (status) => setValue({ ...value, status }), statusCodes)}
      {formField(
        'description',
        <Textarea
          id={fieldId('description')}
          invalid={Boolean(errors.description)}
          aria-describedby={describedBy('description', true)}
          value={value.description}
          onChange={(e) => setValue({ ...value, description: e.target.value })}
        />,
        'Wat de organisatie doet en voor wie, in gewone woorden.',
      )}
      {formField(
        'umbrellaId',
        <Select
          id={fieldId('umbrellaId')}
          invalid={Boolean(errors.umbrellaId)}
          aria-describedby={describedBy('umbrellaId', true)}
          value={value.umbrellaId ?? ''}
          onChange={(e) => setValue({ ...value, umbrellaId: e.target.value })}
        >
          <SelectOption value="">Geen: de organisatie staat op zichzelf</SelectOption>
          {umbrellaChoices(choices.status === 'success' ? choices.data.items : [], value.umbrellaId).map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.name}
            </SelectOption>
          ))}
        </Select>,
        'Bijvoorbeeld: een Al-Anon-groep valt onder Al-Anon.',
      )}
      {checks('audiences', AUDIENCE_LABELS, value.audiences, (audiences) => setValue({ ...value, audiences }), { focusTarget: true })}
      {checks('behaviours', BEHAVIOUR_LABELS, value.behaviours, (behaviours) => setValue({ ...value, behaviours }), { focusTarget: true })}

      <Fieldset id={fieldId('contactPoints')} tabIndex={-1} invalid={Boolean(errors.contactPoints)}>
        <FieldsetLegend>Contactgegevens</FieldsetLegend>
        {errors.contactPoints && (
          <Paragraph id={`${fieldId('contactPoints')}-error`} className="utrecht-form-field-error-message">
            {errors.contactPoints}
          </Paragraph>
        )}
        {value.contactPoints.length === 0 && <Paragraph>Er zijn nog geen contactgegevens.</Paragraph>}
        {value.contactPoints.map((c, i) => {
          const f = (name: string) => `contactPoints[${i}].${name}`;
          const n = i + 1;
          return (
            <Fieldset key={keys[i]}>
              <FieldsetLegend>Contactgegeven {n}</FieldsetLegend>
              {formField(
                f('kind'),
                <Select
                  id={fieldId(f('kind'))}
                  invalid={Boolean(errors[f('kind')])}
                  aria-describedby={describedBy(f('kind'))}
                  value={c.kind}
                  onChange={(e) => setContact(i, { kind: e.target.value as ContactKind })}
                >
                  {(Object.keys(CONTACT_KIND_LABELS) as ContactKind[]).map((code) => (
                    <SelectOption key={code} value={code}>
                      {CONTACT_KIND_LABELS[code]}
                    </SelectOption>
                  ))}
                </Select>,
                undefined,
                'Soort',
              )}
              {formField(
                f('value'),
                c.kind === 'VISIT_ADDRESS' || c.kind === 'POSTAL_ADDRESS' ? (
                  <Textarea
                    id={fieldId(f('value'))}
                    invalid={Boolean(errors[f('value')])}
                    aria-describedby={describedBy(f('value'), true)}
                    value={c.value}
                    rows={3}
                    onChange={(e) => setContact(i, { value: e.target.value })}
                  />
                ) : (
                  <Textbox
                    id={fieldId(f('value'))}
                    type={c.kind === 'EMAIL' ? 'email' : c.kind === 'WEBSITE' ? 'url' : 'tel'}
                    invalid={Boolean(errors[f('value')])}
                    aria-describedby={describedBy(f('value'), true)}
                    value={c.value}
                    onChange={(e) => setContact(i, { value: e.target.value })}
                  />
                ),
                VALUE_HINTS[c.kind],
                CONTACT_KIND_LABELS[c.kind],
              )}
              {textbox(f('label'), c.label, (label) => setContact(i, { label }), {
                label: 'Naam bij dit gegeven (niet verplicht)',
                hint: 'Bijvoorbeeld Landelijk bureau of Hulplijn.',
              })}
              {textbox(f('note'), c.note, (note) => setContact(i, { note }), {
                label: 'Toelichting (niet verplicht)',
                hint: 'Bijvoorbeeld bereikbaar op werkdagen, of de kosten per minuut.',
              })}
              <div>
                <Button appearance="subtle-button" onClick={() => removeContact(i)}>
                  Contactgegeven {n} verwijderen
                </Button>
              </div>
            </Fieldset>
          );
        })}
        <div>
          <Button ref={addButton} appearance="secondary-action-button" onClick={addContact}>
            Contactgegeven toevoegen
          </Button>
        </div>
      </Fieldset>

      {creating && (
        <Fieldset>
          <FieldsetLegend>Bron: waar komen deze gegevens vandaan?</FieldsetLegend>
          {textbox('source.document', value.source.document, (document) => setValue({ ...value, source: { ...value.source, document } }), {
            hint: 'Bijvoorbeeld de website van de organisatie of de naam van een folder.',
          })}
          {textbox('source.section', value.source.section, (section) => setValue({ ...value, source: { ...value.source, section } }), {
            hint: 'Bijvoorbeeld de pagina Contact of een hoofdstuk.',
          })}
        </Fieldset>
      )}
      <SubmitButton saving={saving}>{submitText}</SubmitButton>
    </form>
  );
}
