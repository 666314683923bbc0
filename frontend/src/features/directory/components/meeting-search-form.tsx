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

/** Wide screens show all filters at once; phones (and tests without matchMedia) start folded or open accordingly. */
function wideScreen(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 60em)').matches;
}

type Props = {
  /** The filters now in the URL; the form starts with these. Give the form a `key` to reset it. */
  filters: MeetingFilters;
  /** Today's ISO day, for the label "Vandaag (woensdag)". */
  today: number;
  onSearch: (filters: MeetingFilters) => void;
};

/** The finder's form: keyword, place or postcode with radius, day, and the other filters folded under "Meer filters". Submitting starts at page 1. */
export function MeetingSearchForm({ filters, today, onSearch }: Props) {
  const [draft, setDraft] = useState<MeetingFilters>(filters);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const id = useId();
  const activeCount = SELECTS.filter((select) => filters[select.name]).length + (filters.place ? 1 : 0);
  const [moreOpen, setMoreOpen] = useState(() => activeCount > 0 || wideScreen());
  const radiusKm = draft.around?.radiusKm ?? draft.near?.radiusKm ?? DEFAULT_RADIUS_KM;
  const setRadius = (km: number) =>
    setDraft({
      ...draft,
      around: draft.around ? { ...draft.around, radiusKm: km } : undefined,
      near: draft.near ? { ...draft.near, radiusKm: km } : undefined,
    });

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
            radiusKm,
          },
          around: undefined,
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
        label={<FormLabel htmlFor={`${id}-around`}>Plaats of postcode</FormLabel>}
        description={
          <FormFieldDescription id={`${id}-around-hint`}>
            Waar de cliënt woont, in Nederland of België. Bijvoorbeeld ‘Zeist’, ‘3511’ of ‘1000 Brussel’. De dichtstbijzijnde groep staat bovenaan.
          </FormFieldDescription>
        }
        input={
          <Textbox
            id={`${id}-around`}
            name="near"
            autoComplete="off"
            aria-describedby={`${id}-around-hint`}
            value={draft.around?.place ?? ''}
            onChange={(e) => {
              const place = e.target.value;
              setDraft({ ...draft, around: place ? { place, radiusKm } : undefined, near: place ? undefined : draft.near });
            }}
          />
        }
      />
      <FormField
        label={<FormLabel htmlFor={`${id}-radius`}>Afstand</FormLabel>}
        input={
          <Select id={`${id}-radius`} name="radius_km" value={String(radiusKm)} onChange={(e) => setRadius(Number(e.target.value))}>
            {RADIUS_CHOICES.map((km) => (
              <SelectOption key={km} value={String(km)}>
                Binnen {km} km
              </SelectOption>
            ))}
          </Select>
        }
      />
      <Fieldset className="zhw-near">
        <FieldsetLegend>Of zoek rond uw eigen plek</FieldsetLegend>
        {draft.near ? (
          <Button type="button" appearance="subtle-button" onClick={() => onSearch({ ...draft, near: undefined, page: 1 })}>
            Niet meer in de buurt zoeken
          </Button>
        ) : (
          <Button type="button" appearance="secondary-action-button" onClick={searchNearMe} aria-disabled={locating === 'busy' || undefined}>
            Gebruik mijn locatie
          </Button>
        )}
        <div role="status">
          {locating === 'busy' && <Paragraph appearance="small">Uw locatie wordt opgezocht…</Paragraph>}
          {locating === 'failed' && (
            <Paragraph appearance="small">
              Uw locatie is niet bekend. Geef de browser toestemming, of vul een plaats of postcode in.
            </Paragraph>
          )}
        </div>
      </Fieldset>
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
      {/* On a phone the other filters fold away, so the first result is near the top. */}
      <details className="zhw-more-filters" open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary>Meer filters{activeCount > 0 ? ` (${activeCount} gekozen)` : ''}</summary>
        <div className="zhw-search__selects">
          <FormField
            label={<FormLabel htmlFor={`${id}-place`}>Provincie of regio</FormLabel>}
            description={<FormFieldDescription id={`${id}-place-hint`}>Bijvoorbeeld ‘Utrecht’ of ‘Oost-Vlaanderen’.</FormFieldDescription>}
            input={
              <Textbox
                id={`${id}-place`}
                name="place"
                autoComplete="off"
                aria-describedby={`${id}-place-hint`}
                value={draft.place}
                onChange={(e) => setDraft({ ...draft, place: e.target.value })}
              />
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
      </details>
      <SearchActions
        onClear={() => {
          setDraft(EMPTY_FILTERS);
          onSearch(EMPTY_FILTERS);
        }}
      />
    </form>
  );
}
