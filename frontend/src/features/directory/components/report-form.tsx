import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';

import { reportWrongInformation } from '../api/meetings';
import { REPORT_REASON_LABELS } from '../labels';
import type { ReportReason } from '../types';

/** "Meld onjuiste informatie": a reason and a short message; nothing about who reports is kept. */
export function ReportForm({ groupSlug, meetingSlug }: { groupSlug: string; meetingSlug?: string }) {
  const id = useId();
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [message, setMessage] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [state, setState] = useState<{ status: 'idle' | 'sending' | 'sent' } | { status: 'error'; error: unknown }>({
    status: 'idle',
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason) {
      setMissingReason(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setMissingReason(false);
    setState({ status: 'sending' });
    try {
      await reportWrongInformation(groupSlug, { reason, meetingSlug, message: message.trim() || undefined });
      setState({ status: 'sent' });
    } catch (error) {
      setState({ status: 'error', error });
    }
  };

  if (state.status === 'sent') {
    return (
      <Alert type="ok" role="status">
        <Paragraph>Dank u wel. Een coördinator kijkt naar uw melding.</Paragraph>
      </Alert>
    );
  }

  return (
    <form className="zhw-report-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Meld onjuiste informatie">
      <Paragraph>Ziet u een fout? Meld het ons. Zet geen namen of contactgegevens in uw bericht.</Paragraph>
      <FormField
        invalid={missingReason}
        label={<FormLabel htmlFor={`${id}-reason`}>Wat klopt er niet?</FormLabel>}
        errorMessage={missingReason ? <span id={`${id}-reason-error`}>Kies wat er niet klopt.</span> : undefined}
        input={
          <Select
            id={`${id}-reason`}
            name="reason"
            invalid={missingReason}
            aria-describedby={missingReason ? `${id}-reason-error` : undefined}
            value={reason}
            onChange={(e) => setReason(e.target.value as ReportReason | '')}
          >
            <SelectOption value="">Kies een reden</SelectOption>
            {Object.entries(REPORT_REASON_LABELS).map(([code, text]) => (
              <SelectOption key={code} value={code}>
                {text}
              </SelectOption>
            ))}
          </Select>
        }
      />
      <FormField
        label={<FormLabel htmlFor={`${id}-message`}>Toelichting (niet verplicht)</FormLabel>}
        description={<FormFieldDescription id={`${id}-message-hint`}>Hoogstens 1000 tekens.</FormFieldDescription>}
        input={
          <Textarea
            id={`${id}-message`}
            name="message"
            maxLength={1000}
            aria-describedby={`${id}-message-hint`}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
        }
      />
      {state.status === 'error' && <ProblemAlert error={state.error} headingLevel={3} />}
      <Button type="submit" appearance="secondary-action-button" disabled={state.status === 'sending'}>
        Melding versturen
      </Button>
    </form>
  );
}
