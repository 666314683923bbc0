import { FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { CodeSelectField } from '@/components/forms/code-select-field';
import { SearchActions } from '@/components/forms/search-actions';

import { CODE_FILTERS, EMPTY_FILTERS, type CodeFilterName, type OrganisationFilters } from '../utils/organisation-filters';

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
    <form role="search" aria-label="Organisaties zoeken" className="zhw-search" onSubmit={submit} noValidate>
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
