import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useState, type KeyboardEvent } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';

import { searchMeetings, searchOrganisations } from '../api/targets';
import { foundMessage, type MeetingChoice, type OrganisationChoice } from '../utils/targets';
import { TextField } from './fields';

export type Target = {
  organisationId: string;
  organisationName: string;
  groupSlug: string;
  meetingSlug: string;
  /** What the care worker chose as group or meeting, in words; empty: no particular group. */
  meetingLabel: string;
};

type Props = { value: Target; onChange: (target: Target) => void; error?: string };

/**
 * Chooses the referral's target in the public directory by name: first the organisation, then (if the care
 * worker wants) one of its groups and meetings. Searching never sends the referral form: the search fields answer
 * Enter themselves, and the results are radio buttons, so all of it works with the keyboard alone.
 */
export function TargetPicker({ value, onChange, error }: Props) {
  if (!value.organisationId) {
    return <OrganisationSearch error={error}
      onChoose={(o) => onChange({ organisationId: o.id, organisationName: o.name, groupSlug: '', meetingSlug: '', meetingLabel: '' })} />;
  }
  return (
    <>
      <Paragraph>
        Organisatie: <strong>{value.organisationName || value.organisationId}</strong>{' '}
        <Button type="button" appearance="subtle-button"
          onClick={() => onChange({ organisationId: '', organisationName: '', groupSlug: '', meetingSlug: '', meetingLabel: '' })}>
          Andere organisatie kiezen
        </Button>
      </Paragraph>
      <MeetingSearch organisationId={value.organisationId} chosen={value}
        onChoose={(m) => onChange({ ...value, groupSlug: m?.groupSlug ?? '', meetingSlug: m?.slug ?? '', meetingLabel: m?.label ?? '' })} />
    </>
  );
}

/** A search field with its button; Enter searches instead of sending the surrounding form. */
function useSearch<T>(search: (q: string, signal: AbortSignal) => Promise<T[]>) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<T[]>();
  const [failure, setFailure] = useState<unknown>();
  const run = async () => {
    setFailure(undefined);
    try {
      setResults(await search(q.trim(), AbortSignal.timeout(15000)));
    } catch (e) {
      setFailure(e);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void run();
    }
  };
  return { q, setQ, results, failure, run, onKeyDown };
}

function OrganisationSearch({ onChoose, error }: { onChoose: (o: OrganisationChoice) => void; error?: string }) {
  const search = useSearch(searchOrganisations);
  return (
    <>
      <div onKeyDown={search.onKeyDown}>
        <TextField id="referral-organisationId" label="Zoek de organisatie" required value={search.q} onChange={search.setQ}
          error={error} hint="Typ een deel van de naam, bijvoorbeeld AA of Al-Anon. Druk daarna op Zoeken." />
      </div>
      <Button type="button" appearance="secondary-action-button" onClick={() => void search.run()}>Zoeken</Button>
      {search.failure !== undefined && <ProblemAlert error={search.failure} />}
      {search.results && (
        <Choices name="referral-organisation" legend="Kies de organisatie" status={foundMessage(search.results.length, 'organisatie')}
          options={search.results.map((o) => ({ key: o.id, label: o.name, choose: () => onChoose(o) }))} />
      )}
    </>
  );
}

function MeetingSearch({ organisationId, chosen, onChoose }: {
  organisationId: string;
  chosen: Target;
  onChoose: (meeting: MeetingChoice | undefined) => void;
}) {
  const search = useSearch((q, signal) => searchMeetings(organisationId, q, signal));
  return (
    <>
      <Paragraph>
        Groep of bijeenkomst: <strong>{chosen.meetingLabel || (chosen.groupSlug ? 'de groep uit het advies' : 'geen bepaalde groep')}</strong>
      </Paragraph>
      <div onKeyDown={search.onKeyDown}>
        <TextField id="referral-meetingSearch" label="Zoek een groep of bijeenkomst (mag leeg)" value={search.q} onChange={search.setQ}
          hint="Typ bijvoorbeeld de plaats of de naam van de groep. Leeg laten en Zoeken toont de eerste bijeenkomsten." />
      </div>
      <Button type="button" appearance="secondary-action-button" onClick={() => void search.run()}>Bijeenkomsten zoeken</Button>
      {search.failure !== undefined && <ProblemAlert error={search.failure} />}
      {search.results && (
        <Choices name="referral-meeting" legend="Kies de groep of bijeenkomst" status={foundMessage(search.results.length, 'bijeenkomst')}
          options={[
            { key: '', label: 'Geen bepaalde groep', choose: () => onChoose(undefined) },
            ...search.results.map((m) => ({ key: m.slug, label: m.label, choose: () => onChoose(m) })),
          ]} />
      )}
    </>
  );
}

/** Search results as radio buttons, with a status line that screen readers announce. */
function Choices({ name, legend, status, options }: {
  name: string;
  legend: string;
  status: string;
  options: { key: string; label: string; choose: () => void }[];
}) {
  return (
    <>
      <Paragraph role="status">{status}</Paragraph>
      {options.length > 0 && (
        <Fieldset>
          <FieldsetLegend>{legend}</FieldsetLegend>
          {options.map((option) => (
            <FormField key={option.key} type="radio"
              input={<RadioButton id={`${name}-${option.key || 'geen'}`} name={name} onChange={option.choose} />}
              label={<FormLabel htmlFor={`${name}-${option.key || 'geen'}`} type="radio">{option.label}</FormLabel>} />
          ))}
        </Fieldset>
      )}
    </>
  );
}
