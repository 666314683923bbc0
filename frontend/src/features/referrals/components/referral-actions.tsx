import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';
import type { Tagged } from '@/lib/etag';

import { changeStatus, saveOutcome } from '../api/referrals';
import { FIRST_MEETING_LABELS, NOT_FOR_ME_LABELS, STATUS_LABELS } from '../labels';
import type { FirstMeeting, NotForMeReason, Referral, ReferralStatus } from '../types';
import { MAX_REASON_LENGTH, nextStatuses, reasonRequired } from '../utils/transitions';
import { CodeField, TextField, YesNoField } from './fields';

type Props = { current: Tagged<Referral>; onSaved: (next: Tagged<Referral>) => void; onReload: () => void };

/** A stale ETag (412) gets its own message: someone else changed the referral, so reload before trying again. */
function SaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  if (error instanceof ApiError && error.status === 412) {
    return (
      <Alert type="warning">
        <Heading level={3}>Iemand anders heeft deze verwijzing net gewijzigd</Heading>
        <Paragraph>Uw wijziging is niet opgeslagen. Laad de verwijzing opnieuw en probeer het daarna nog eens.</Paragraph>
        <Button appearance="secondary-action-button" onClick={onReload}>Opnieuw laden</Button>
      </Alert>
    );
  }
  return <ProblemAlert error={error} headingLevel={3} />;
}

/** Change the status: only the moves the server allows for this referral; a reason where it asks for one. */
export function TransitionForm({ current, onSaved, onReload }: Props) {
  const options = nextStatuses(current.data);
  const [to, setTo] = useState<ReferralStatus | ''>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [fieldError, setFieldError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (options.length === 0) return null;
  const labels = Object.fromEntries(options.map((s) => [s, STATUS_LABELS[s]])) as Record<ReferralStatus, string>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!to) return setFieldError('Kies de nieuwe status.');
    if (reasonRequired(current.data, to) && !reason.trim()) return setFieldError('Schrijf op waarom (zonder namen).');
    if (reason.length > MAX_REASON_LENGTH) return setFieldError(`De reden mag hoogstens ${MAX_REASON_LENGTH} tekens hebben.`);
    setFieldError(undefined);
    setBusy(true);
    setError(undefined);
    try {
      onSaved(await changeStatus(current.data.id, current.etag, to, reason.trim()));
      setTo('');
      setReason('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="zhw-referral-transition" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="zhw-transition-title">
      <Heading level={2} id="zhw-transition-title">Status wijzigen</Heading>
      {error !== undefined && <SaveError error={error} onReload={onReload} />}
      <CodeField id="transition-status" label="Nieuwe status" labels={labels} empty="Kies een status" value={to}
        onChange={setTo} error={!to ? fieldError : undefined} />
      <TextField id="transition-reason" rows={2} label={to && reasonRequired(current.data, to) ? 'Reden' : 'Reden (mag leeg)'}
        value={reason} onChange={setReason} error={to ? fieldError : undefined}
        hint="Schrijf geen namen." />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>Status opslaan</Button>
    </form>
  );
}

type OutcomeValues = { firstMeeting: FirstMeeting | ''; meetingsAttended: string; notForMeReason: NotForMeReason | ''; continues: boolean };

/** The outcome as the client tells it; never anything about other people in the group. */
export function OutcomeForm({ current, onSaved, onReload }: Props) {
  const saved = current.data.outcome;
  const [values, setValues] = useState<OutcomeValues>({
    firstMeeting: saved?.firstMeeting ?? '',
    meetingsAttended: saved?.meetingsAttended?.toString() ?? '',
    notForMeReason: (saved?.notForMeReason as NotForMeReason | undefined) ?? '',
    continues: saved?.continues ?? false,
  });
  const [error, setError] = useState<unknown>();
  const [fieldErrors, setFieldErrors] = useState<{ firstMeeting?: string; meetingsAttended?: string }>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof OutcomeValues>(key: K) => (value: OutcomeValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const count = values.meetingsAttended === '' ? undefined : Number(values.meetingsAttended);
    const found = {
      firstMeeting: values.firstMeeting ? undefined : 'Kies of de cliënt naar de eerste bijeenkomst is geweest.',
      meetingsAttended: count === undefined || (Number.isInteger(count) && count >= 0 && count <= 999)
        ? undefined : 'Vul een heel getal in, van 0 tot 999.',
    };
    setFieldErrors(found);
    if (found.firstMeeting || found.meetingsAttended || !values.firstMeeting) return;
    setBusy(true);
    setError(undefined);
    try {
      onSaved(await saveOutcome(current.data.id, current.etag, {
        firstMeeting: values.firstMeeting,
        meetingsAttended: count,
        notForMeReason: values.notForMeReason || undefined,
        continues: values.continues,
      }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="zhw-referral-outcome" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="zhw-outcome-title">
      <Heading level={2} id="zhw-outcome-title">Uitkomst</Heading>
      <Paragraph appearance="small">Wat de cliënt vertelt. Schrijf nooit iets over andere mensen in de groep.</Paragraph>
      {error !== undefined && <SaveError error={error} onReload={onReload} />}
      <CodeField id="outcome-firstMeeting" label="Naar de eerste bijeenkomst geweest?" labels={FIRST_MEETING_LABELS}
        empty="Kies een antwoord" value={values.firstMeeting} onChange={set('firstMeeting')} error={fieldErrors.firstMeeting} />
      <TextField id="outcome-meetingsAttended" type="number" label="Aantal keer geweest (mag leeg)"
        value={values.meetingsAttended} onChange={set('meetingsAttended')} error={fieldErrors.meetingsAttended} />
      <CodeField id="outcome-notForMeReason" label="Past het niet? Waarom niet?" labels={NOT_FOR_ME_LABELS}
        empty="Het past wel, of niet bekend" value={values.notForMeReason} onChange={set('notForMeReason')} />
      <YesNoField id="outcome-continues" label="De cliënt gaat door met de groep" checked={values.continues} onChange={set('continues')} />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>Uitkomst opslaan</Button>
    </form>
  );
}
