import {
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { CODE_FILTERS, EMPTY_FILTERS, type CodeFilterName, type OrganisationFilters } from '../utils/filters';

const SELECTS: { name: CodeFilterName; label: string; all: string }[] = [
  { name: 'audience', label: 'Doelgroep', all: 'Alle doelgroepen' },
  { name: 'behaviour', label: 'Gedrag of middel', all: 'Alle middelen en gedrag' },
  { name: 'approach', label: 'Aanpak', all: 'Alle aanpakken' },
  { name: 'kind', label: 'Soort', all: 'Alle soorten' },
  { name: 'country', label: 'Land', all: 'Alle landen' },
];

type Props = {
  /** The filters now in the URL; the form starts with these. Give the form a `key` to reset it. */
  filters: OrganisationFilters;
  onSearch: (filters: OrganisationFilters) => void;
};

/** The search form: a keyword and five selects. Submitting always starts at page 1. */
export function OrganisationSearchForm({ filters, onSearch }: Props) {
  const [draft, setDraft] = useState<OrganisationFilters>(filters);
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({ ...draft, page: 1 });
  };

  return (
    <form role="search" aria-label="Zelfhulp zoeken" className="zhw-search" onSubmit={submit} noValidate>
      <FormField
        className="zhw-search__q"
        label={<FormLabel htmlFor={`${id}-q`}>Zoekwoord</FormLabel>}
        description={
          <span id={`${id}-q-hint`}>Bijvoorbeeld de naam van een groep, zoals ‘AA’ of ‘Al-Anon’.</span>
        }
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
      <div className="zhw-search__selects">
        {SELECTS.map((select) => (
          <FormField
            key={select.name}
            label={<FormLabel htmlFor={`${id}-${select.name}`}>{select.label}</FormLabel>}
            input={
              <Select
                id={`${id}-${select.name}`}
                name={select.name}
                value={draft[select.name] ?? ''}
                onChange={(e) =>
                  setDraft({ ...draft, [select.name]: e.target.value === '' ? undefined : e.target.value })
                }
              >
                <SelectOption value="">{select.all}</SelectOption>
                {Object.entries<string>(CODE_FILTERS[select.name]).map(([code, text]) => (
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
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() => {
            setDraft(EMPTY_FILTERS);
            onSearch(EMPTY_FILTERS);
          }}
        >
          Alles wissen
        </Button>
      </ButtonGroup>
    </form>
  );
}
