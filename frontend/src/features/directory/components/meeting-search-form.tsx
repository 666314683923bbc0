import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Select,
  SelectOption,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { CodeSelectField } from '@/components/forms/code-select-field';
import { SearchActions } from '@/components/forms/search-actions';

import { DAY_LABELS } from '../labels';
import {
  CODE_FILTERS,
  DEFAULT_RADIUS_KM,
  EMPTY_FILTERS,
  RADIUS_CHOICES,
  roundCoordinate,
  type CodeFilterName,
  type MeetingFilters,
} from '../utils/meeting-filters';

const SELECTS: { name: CodeFilterName; label: string; all: string }[] = [
  { name: 'timeOfDay', label: 'Tijd van de dag', all: 'Hele dag' },
  { name: 'attendance', label: 'Op locatie of online', all: 'Op locatie en online' },
  { name: 'audience', label: 'Voor wie', all: 'Iedereen' },
  { name: 'behaviour', label: 'Gedrag of middel', all: 'Alle middelen en gedrag' },
  { name: 'approach', label: 'Aanpak', all: 'Alle aanpakken' },
  { name: 'kind', label: 'Soort', all: 'Alle soorten' },
  { name: 'accessibility', label: 'Toegankelijkheid', all: 'Geen voorkeur' },
  { name: 'language', label: 'Taal', all: 'Alle talen' },
  { name: 'country', label: 'Land', all: 'Nederland en België' },
  { name: 'open', label: 'Open of besloten', all: 'Open en besloten' },
];

type Props = {
  /** The filters now in the URL; the form starts with these. Give the form a `key` to reset it. */
  filters: MeetingFilters;
  /** Today's ISO day, for the label "Vandaag (woensdag)". */
  today: number;
  onSearch: (filters: MeetingFilters) => void;
};

/** The finder's form: keyword, place, day and the select filters. Submitting starts at page 1. */
export function MeetingSearchForm({ filters, today, onSearch }: Props) {
  const [draft, setDraft] = useState<MeetingFilters>(filters);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const id = useId();

  /** Asks the browser for the user's location and searches around it (rounded to about 1 km). */
  const searchNearMe = () => {
    if (!('geolocation' in navigator)) {
      setLocating('failed');
      return;
    }
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating('idle');
        onSearch({
          ...draft,
          page: 1,
          near: {
            lat: roundCoordinate(position.coords.latitude),
            lon: roundCoordinate(position.coords.longitude),
            radiusKm: draft.near?.radiusKm ?? DEFAULT_RADIUS_KM,
          },
        });
      },
      () => setLocating('failed'),
      { timeout: 10_000, maximumAge: 600_000 },
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({ ...draft, page: 1 });
  };

  return (
    <form role="search" aria-label="Groep zoeken" className="zhw-search" onSubmit={submit} noValidate>
      <FormField
        label={<FormLabel htmlFor={`${id}-q`}>Zoekwoord</FormLabel>}
        description={<FormFieldDescription id={`${id}-q-hint`}>Bijvoorbeeld ‘AA’, ‘Al-Anon’ of ‘gokken’.</FormFieldDescription>}
        input={
          <Textbox
            id={`${id}-q`}
            name="q"
            type="search"
            autoComplete="off"
            aria-describedby={`${id}-q-hint`}
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          />
        }
      />
      <FormField
        label={<FormLabel htmlFor={`${id}-place`}>Plaats of regio</FormLabel>}
        description={<FormFieldDescription id={`${id}-place-hint`}>Bijvoorbeeld ‘Utrecht’ of ‘Oost-Vlaanderen’.</FormFieldDescription>}
        input={
          <Textbox
            id={`${id}-place`}
            name="place"
            autoComplete="address-level2"
            aria-describedby={`${id}-place-hint`}
            value={draft.place}
            onChange={(e) => setDraft({ ...draft, place: e.target.value })}
          />
        }
      />
      <Fieldset className="zhw-near">
        <FieldsetLegend>In de buurt</FieldsetLegend>
        {draft.near ? (
          <>
            <FormField
              label={<FormLabel htmlFor={`${id}-radius`}>Afstand rond uw locatie</FormLabel>}
              input={
                <Select
                  id={`${id}-radius`}
                  name="radius_km"
                  value={String(draft.near.radiusKm)}
                  onChange={(e) => setDraft({ ...draft, near: { ...draft.near!, radiusKm: Number(e.target.value) } })}
                >
                  {RADIUS_CHOICES.map((km) => (
                    <SelectOption key={km} value={String(km)}>
                      Binnen {km} km
                    </SelectOption>
                  ))}
                </Select>
              }
            />
            <Button type="button" appearance="subtle-button" onClick={() => onSearch({ ...draft, near: undefined, page: 1 })}>
              Niet meer in de buurt zoeken
            </Button>
          </>
        ) : (
          <Button type="button" appearance="secondary-action-button" onClick={searchNearMe} aria-disabled={locating === 'busy' || undefined}>
            Gebruik mijn locatie
          </Button>
        )}
        <div role="status">
          {locating === 'busy' && <Paragraph appearance="small">Uw locatie wordt opgezocht…</Paragraph>}
          {locating === 'failed' && (
            <Paragraph appearance="small">
              Uw locatie is niet bekend. Geef de browser toestemming, of zoek op plaats of regio.
            </Paragraph>
          )}
        </div>
      </Fieldset>
      <div className="zhw-search__selects">
        <FormField
          label={<FormLabel htmlFor={`${id}-day`}>Dag</FormLabel>}
          input={
            <Select
              id={`${id}-day`}
              name="day"
              value={String(draft.day)}
              onChange={(e) => {
                const v = e.target.value;
                setDraft({ ...draft, day: v === 'today' || v === 'all' ? v : Number(v) });
              }}
            >
              <SelectOption value="today">Vandaag ({DAY_LABELS[today]})</SelectOption>
              <SelectOption value="all">Alle dagen</SelectOption>
              {Object.entries(DAY_LABELS).map(([n, text]) => (
                <SelectOption key={n} value={n}>
                  {text.charAt(0).toUpperCase() + text.slice(1)}
                </SelectOption>
              ))}
            </Select>
          }
        />
        {SELECTS.map((select) => (
          <CodeSelectField
            key={select.name}
            id={`${id}-${select.name}`}
            name={select.name}
            label={select.label}
            all={select.all}
            labels={CODE_FILTERS[select.name]}
            value={draft[select.name]}
            onChange={(value) => setDraft({ ...draft, [select.name]: value })}
          />
        ))}
      </div>
      <SearchActions
        onClear={() => {
          setDraft(EMPTY_FILTERS);
          onSearch(EMPTY_FILTERS);
        }}
      />
    </form>
  );
}
