import { Alert, Button, FormField, FormFieldErrorMessage, FormLabel, Paragraph, Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { describeError } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';
import type { ReportReason } from '@/types/api-models';

import { reportGroup } from '../api/report-group';
import { REPORT_REASON_LABELS } from '../group-labels';

type Props = { groupSlug: string; meetings: { slug: string; label: string }[] };

/** "Meld onjuiste informatie": a reason, optionally the meeting, and a short message. Nothing about the sender. */
export function ReportForm({ groupSlug, meetings }: Props) {
  const id = useId();
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [meetingSlug, setMeetingSlug] = useState('');
  const [message, setMessage] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason) {
      setErrors({ reason: 'Kies wat er niet klopt.' });
      return;
    }
    setState('sending');
    setErrors({});
    setFailure(null);
    try {
      await reportGroup(groupSlug, { reason, meetingSlug: meetingSlug || undefined, message: message.trim() || undefined });
      setState('sent');
    } catch (error) {
      setState('idle');
      if (error instanceof ApiError && error.problem.errors) {
        setErrors(Object.fromEntries(error.problem.errors.map((e) => [e.field, e.message])));
      } else {
        setFailure(describeError(error).title);
      }
    }
  };

  if (state === 'sent') {
    return (
      <Alert type="ok">
        <Paragraph>Dank u. Een coördinator kijkt naar uw melding.</Paragraph>
      </Alert>
    );
  }

  return (
    <form className="zhw-report" aria-label="Meld onjuiste informatie" onSubmit={submit} noValidate>
      {failure && (
        <Alert type="error">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <FormField
        invalid={!!errors.reason}
        label={<FormLabel htmlFor={`${id}-reason`}>Wat klopt er niet?</FormLabel>}
        input={
          <>
            {errors.reason && <FormFieldErrorMessage id={`${id}-reason-error`}>{errors.reason}</FormFieldErrorMessage>}
            <Select id={`${id}-reason`} value={reason} invalid={!!errors.reason}
              aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
              onChange={(e) => setReason(e.target.value as ReportReason | '')}>
              <SelectOption value="">Kies…</SelectOption>
              {Object.entries(REPORT_REASON_LABELS).map(([code, text]) => (
                <SelectOption key={code} value={code}>
                  {text}
                </SelectOption>
              ))}
            </Select>
          </>
        }
      />
      {meetings.length > 1 && (
        <FormField
          label={<FormLabel htmlFor={`${id}-meeting`}>Over welke bijeenkomst?</FormLabel>}
          input={
            <Select id={`${id}-meeting`} value={meetingSlug} onChange={(e) => setMeetingSlug(e.target.value)}>
              <SelectOption value="">De hele groep</SelectOption>
              {meetings.map((m) => (
                <SelectOption key={m.slug} value={m.slug}>
                  {m.label}
                </SelectOption>
              ))}
            </Select>
          }
        />
      )}
      <FormField
        invalid={!!errors.message}
        label={<FormLabel htmlFor={`${id}-message`}>Wat is de juiste informatie?</FormLabel>}
        description={<span id={`${id}-message-hint`}>Zet er geen namen of contactgegevens van mensen in. Hoogstens 1000 tekens.</span>}
        input={
          <>
            {errors.message && <FormFieldErrorMessage id={`${id}-message-error`}>{errors.message}</FormFieldErrorMessage>}
            <Textarea id={`${id}-message`} value={message} maxLength={1000} invalid={!!errors.message}
              aria-describedby={`${id}-message-hint${errors.message ? ` ${id}-message-error` : ''}`}
              onChange={(e) => setMessage(e.target.value)} />
          </>
        }
      />
      <Button type="submit" appearance="secondary-action-button" disabled={state === 'sending'}>
        Melding versturen
      </Button>
    </form>
  );
}
