import { Button, ButtonGroup, FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { AUDIENCE_LABELS, BEHAVIOUR_LABELS, COUNTRY_LABELS } from '../labels';
import { ATTENDANCE_FILTER_LABELS, DAY_LABELS, TIME_OF_DAY_LABELS } from '../group-labels';
import { EMPTY_MEETING_FILTERS, type MeetingFilters } from '../utils/meeting-filters';

type SelectName = 'timeOfDay' | 'attendance' | 'audience' | 'behaviour' | 'country';

const SELECTS: { name: SelectName; label: string; all: string; labels: Record<string, string> }[] = [
  { name: 'timeOfDay', label: 'Dagdeel', all: 'Hele dag', labels: TIME_OF_DAY_LABELS },
  { name: 'attendance', label: 'Op locatie of online', all: 'Allebei', labels: ATTENDANCE_FILTER_LABELS },
  { name: 'audience', label: 'Doelgroep', all: 'Alle doelgroepen', labels: AUDIENCE_LABELS },
  { name: 'behaviour', label: 'Gedrag of middel', all: 'Alle middelen en gedrag', labels: BEHAVIOUR_LABELS },
  { name: 'country', label: 'Land', all: 'Alle landen', labels: COUNTRY_LABELS },
];

type Props = { filters: MeetingFilters; onSearch: (filters: MeetingFilters) => void };

/** The group finder form: keyword, place, day (default today) and five selects. */
export function MeetingSearchForm({ filters, onSearch }: Props) {
  const [draft, setDraft] = useState<MeetingFilters>(filters);
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({ ...draft, page: 1 });
  };

  return (
    <form role="search" aria-label="Groepen zoeken" className="zhw-search" onSubmit={submit} noValidate>
      <FormField
        label={<FormLabel htmlFor={`${id}-q`}>Zoekwoord</FormLabel>}
        description={<span id={`${id}-q-hint`}>Bijvoorbeeld ‘AA’, ‘gokken’ of de naam van een groep.</span>}
        input={
          <Textbox id={`${id}-q`} name="q" type="search" autoComplete="off" aria-describedby={`${id}-q-hint`}
            value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        }
      />
      <FormField
        label={<FormLabel htmlFor={`${id}-place`}>Plaats of provincie</FormLabel>}
        input={
          <Textbox id={`${id}-place`} name="place" autoComplete="address-level2" value={draft.place}
            onChange={(e) => setDraft({ ...draft, place: e.target.value })} />
        }
      />
      <div className="zhw-search__selects">
        <FormField
          label={<FormLabel htmlFor={`${id}-day`}>Dag</FormLabel>}
          input={
            <Select id={`${id}-day`} name="day" value={draft.day} onChange={(e) => setDraft({ ...draft, day: e.target.value })}>
              <SelectOption value="today">Vandaag</SelectOption>
              <SelectOption value="all">Alle dagen</SelectOption>
              {Object.entries(DAY_LABELS).map(([code, text]) => (
                <SelectOption key={code} value={code}>
                  {text.charAt(0).toUpperCase() + text.slice(1)}
                </SelectOption>
              ))}
            </Select>
          }
        />
        {SELECTS.map((select) => (
          <FormField
            key={select.name}
            label={<FormLabel htmlFor={`${id}-${select.name}`}>{select.label}</FormLabel>}
            input={
              <Select id={`${id}-${select.name}`} name={select.name} value={draft[select.name] ?? ''}
                onChange={(e) => setDraft({ ...draft, [select.name]: e.target.value === '' ? undefined : e.target.value })}>
                <SelectOption value="">{select.all}</SelectOption>
                {Object.entries(select.labels).map(([code, text]) => (
                  <SelectOption key={code} value={code}>
                    {text}
                  </SelectOption>
                ))}
              </Select>
            }
          />
        ))}
      </div>
      <ButtonGroup className="zhw-search__actions">
        <Button type="submit" appearance="primary-action-button">
          Zoeken
        </Button>
        <Button type="button" appearance="subtle-button"
          onClick={() => {
            setDraft(EMPTY_MEETING_FILTERS);
            onSearch(EMPTY_MEETING_FILTERS);
          }}>
          Alles wissen
        </Button>
      </ButtonGroup>
    </form>
  );
}
