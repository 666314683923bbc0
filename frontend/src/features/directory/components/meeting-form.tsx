import {
  Checkbox,
  FormFieldDescription,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { DAY_LABELS, FREQUENCY_LABELS } from '../labels';

import { useMeetingTypeLabels } from '../api/meetings';
import type { MeetingEdit, MeetingWrite } from '../types';
import { normalizeTime } from '../utils/time-input';

import { ErrorSummary } from './error-summary';
import type { FieldErrors } from './field-errors';
import { fieldHelpers, SubmitButton } from './form-fields';

const LABELS: Record<string, string> = {
  name: 'Naam (niet verplicht)',
  frequency: 'Hoe vaak',
  day: 'Dag',
  weekOfMonth: 'Welke week van de maand',
  startTime: 'Begintijd',
  endTime: 'Eindtijd',
  inPerson: 'Op de plek van de groep',
  conferenceUrl: 'Link voor online meedoen',
  conferencePhone: 'Inbelnummer',
  conferenceNotes: 'Uitleg bij online meedoen',
  types: 'Soort bijeenkomst',
  notes: 'Notities',
  temporarilyClosed: 'Tijdelijk gesloten',
  timeZone: 'Tijdzone',
};

export const EMPTY_MEETING: MeetingWrite = { frequency: 'WEEKLY', day: 1, startTime: '19:30', endTime: '21:00', inPerson: true };

/** The edit form's starting values from the stored meeting. */
export function toMeetingWrite(m: MeetingEdit): MeetingWrite {
  return {
    name: m.name,
    frequency: m.frequency,
    day: m.day,
    weekOfMonth: m.weekOfMonth,
    startTime: m.startTime,
    endTime: m.endTime,
    timeZone: m.timeZone,
    inPerson: m.inPerson,
    conferenceUrl: m.conferenceUrl,
    conferencePhone: m.conferencePhone,
    conferenceNotes: m.conferenceNotes,
    types: m.types,
    notes: m.notes,
    temporarilyClosed: m.temporarilyClosed,
  };
}

/** The kinds to choose from, by Dutch name; a stored code the list does not know stays choosable under its code. */
function typeChoices(labels: Record<string, string>, stored: readonly string[]): Record<string, string> {
  const choices = { ...labels };
  for (const code of stored) choices[code] ??= code;
  return choices;
}

type Props = {
  errors: FieldErrors;
  saving: boolean;
  onSave: (value: MeetingWrite) => void;
  /** Starting values; a new meeting when absent. */
  initial?: MeetingWrite;
  /** Changing a stored meeting: also offers "tijdelijk gesloten". */
  editing?: boolean;
};

/** "Bijeenkomst toevoegen" or "Bijeenkomst aanpassen": day, time, in person and/or online, with the API's field errors. */
export function MeetingForm({ errors, saving, onSave, initial = EMPTY_MEETING, editing = false }: Props) {
  const id = useId();
  const [value, setValue] = useState<MeetingWrite>(initial);
  const [types, setTypes] = useState<string[]>(initial.types ?? []);
  const typeLabels = useMeetingTypeLabels();
  const formName = editing ? 'Bijeenkomst aanpassen' : 'Bijeenkomst toevoegen';
  const fid = (f: string) => `${id}-${f}`;

  const { describedBy: aria, formField: field, textbox: text, checks } = fieldHelpers(errors, fid, (name) => LABELS[name]);
  const textbox = (name: keyof MeetingWrite, hint?: string, type?: string) =>
    text(name, value[name] as string | undefined, (v) => setValue({ ...value, [name]: v }), { hint, type });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const blank = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s.trim());
    onSave({
      ...value,
      name: blank(value.name),
      startTime: normalizeTime(value.startTime),
      endTime: blank(value.endTime) && normalizeTime(value.endTime!),
      conferenceUrl: blank(value.conferenceUrl),
      conferencePhone: blank(value.conferencePhone),
      conferenceNotes: blank(value.conferenceNotes),
      notes: blank(value.notes),
      weekOfMonth: value.frequency === 'MONTHLY' ? value.weekOfMonth ?? 1 : undefined,
      types,
    });
  };

  return (
    <form className="zhw-admin-form" onSubmit={submit} noValidate aria-label={formName}>
      <ErrorSummary errors={errors} targetId={fid} label={(name) => LABELS[name] ?? name} />
      {textbox('name')}
      {field(
        'frequency',
        <Select
          id={fid('frequency')}
          value={value.frequency}
          onChange={(e) => setValue({ ...value, frequency: e.target.value as MeetingWrite['frequency'] })}
        >
          {Object.entries(FREQUENCY_LABELS).map(([code, text]) => (
            <SelectOption key={code} value={code}>
              {text}
            </SelectOption>
          ))}
        </Select>,
      )}
      {field(
        'day',
        <Select id={fid('day')} value={String(value.day)} onChange={(e) => setValue({ ...value, day: Number(e.target.value) })}>
          {Object.entries(DAY_LABELS).map(([n, text]) => (
            <SelectOption key={n} value={n}>
              {text}
            </SelectOption>
          ))}
        </Select>,
      )}
      {value.frequency === 'MONTHLY' &&
        field(
          'weekOfMonth',
          <Select
            id={fid('weekOfMonth')}
            value={String(value.weekOfMonth ?? 1)}
            onChange={(e) => setValue({ ...value, weekOfMonth: Number(e.target.value) })}
          >
            <SelectOption value="1">Eerste</SelectOption>
            <SelectOption value="2">Tweede</SelectOption>
            <SelectOption value="3">Derde</SelectOption>
            <SelectOption value="4">Vierde</SelectOption>
            <SelectOption value="-1">Laatste</SelectOption>
          </Select>,
        )}
      {textbox('startTime', 'Als 19:30 of 19.30.')}
      {textbox('endTime', 'Als 21:00 of 21.00. Nodig om ‘nu bezig’ te kunnen tonen.')}
      <div className="zhw-admin-check">
        <Checkbox
          id={fid('inPerson')}
          invalid={Boolean(errors.inPerson)}
          aria-describedby={aria('inPerson')}
          checked={Boolean(value.inPerson)}
          onChange={(e) => setValue({ ...value, inPerson: e.target.checked })}
        />
        <FormLabel htmlFor={fid('inPerson')} type="checkbox">
          Op de plek van de groep (anders alleen online)
        </FormLabel>
      </div>
      {errors.inPerson && (
        <p id={`${fid('inPerson')}-error`} className="utrecht-form-field-error-message">
          {errors.inPerson}
        </p>
      )}
      {textbox('conferenceUrl', 'Begint met https://.', 'url')}
      {textbox('conferencePhone', undefined, 'tel')}
      {textbox('conferenceNotes')}
      {checks('types', typeChoices(typeLabels.status === 'success' ? typeLabels.data : {}, types), types, setTypes, {
        focusTarget: true,
      })}
      {field(
        'notes',
        <Textarea
          id={fid('notes')}
          invalid={Boolean(errors.notes)}
          aria-describedby={aria('notes')}
          value={value.notes ?? ''}
          onChange={(e) => setValue({ ...value, notes: e.target.value })}
        />,
      )}
      {editing && (
        <div className="zhw-admin-check">
          <Checkbox
            id={fid('temporarilyClosed')}
            invalid={Boolean(errors.temporarilyClosed)}
            aria-describedby={[`${fid('temporarilyClosed')}-hint`, errors.temporarilyClosed ? `${fid('temporarilyClosed')}-error` : '']
              .filter(Boolean)
              .join(' ')}
            checked={Boolean(value.temporarilyClosed)}
            onChange={(e) => setValue({ ...value, temporarilyClosed: e.target.checked })}
          />
          <FormLabel htmlFor={fid('temporarilyClosed')} type="checkbox">
            Tijdelijk gesloten
          </FormLabel>
          <FormFieldDescription id={`${fid('temporarilyClosed')}-hint`}>
            De bijeenkomst blijft staan, met de melding dat ze nu niet doorgaat.
          </FormFieldDescription>
        </div>
      )}
      {errors.temporarilyClosed && (
        <p id={`${fid('temporarilyClosed')}-error`} className="utrecht-form-field-error-message">
          {errors.temporarilyClosed}
        </p>
      )}
      <SubmitButton saving={saving} appearance={editing ? 'primary-action-button' : 'secondary-action-button'}>
        {editing ? 'Opslaan' : 'Bijeenkomst toevoegen'}
      </SubmitButton>
    </form>
  );
}
