import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';

import { ApiError } from '@/lib/api-client';
import { describeError } from '@/components/errors/problem-alert';

import { answerCheckin } from '../api/check-in';
import type { CheckinAnswer, CheckinQuestion, NotForMeReason } from '../types';

/** Kind words for a link that no longer works (unknown, expired or used up: the server does not say which). */
export function CheckinUnavailable({ error }: { error: unknown }) {
  const tooOften = error instanceof ApiError && error.status === 429;
  const gone = error instanceof ApiError && error.status === 404;
  return (
    <Alert type="info">
      <Heading level={2}>
        {tooOften ? 'Even wachten' : gone ? 'Deze link werkt niet meer' : describeError(error).title}
      </Heading>
      <Paragraph>
        {tooOften
          ? 'Er is een paar keer te vaak geprobeerd. Probeer het over een paar minuten opnieuw.'
          : gone
            ? 'Misschien is de link te oud, of is hij al gebruikt. Dat is niet erg. U kunt het ook vertellen aan uw hulpverlener.'
            : 'Probeer het later opnieuw, of vertel het aan uw hulpverlener.'}
      </Paragraph>
    </Alert>
  );
}

type Step = { kind: 'ask' } | { kind: 'why' } | { kind: 'thanks' } | { kind: 'failed'; error: unknown };

/** The three big choices; after "past niet bij mij" an optional reason. */
export function CheckinAnswerForm({ token, question }: { token: string; question: CheckinQuestion }) {
  const [step, setStep] = useState<Step>({ kind: 'ask' });
  const [busy, setBusy] = useState(false);

  const send = async (answer: CheckinAnswer, reason?: NotForMeReason) => {
    setBusy(true);
    try {
      await answerCheckin(token, answer, reason);
      setStep({ kind: 'thanks' });
    } catch (error) {
      setStep({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  if (step.kind === 'thanks') {
    return (
      <Alert type="ok">
        <Heading level={2}>Dank u wel</Heading>
        <Paragraph>Uw antwoord is doorgegeven aan uw hulpverlener. U kunt deze pagina nu sluiten.</Paragraph>
      </Alert>
    );
  }
  if (step.kind === 'failed') return <CheckinUnavailable error={step.error} />;
  if (step.kind === 'why') {
    return (
      <div className="zhw-checkin">
        <Paragraph className="zhw-checkin__question">{question.reasonQuestion}</Paragraph>
        <ButtonGroup className="zhw-checkin__choices">
          {question.reasons.map((r) => (
            <Button key={r.code} appearance="secondary-action-button" disabled={busy}
              onClick={() => void send('NOT_FOR_ME', r.code as NotForMeReason)}>{r.label}</Button>
          ))}
          <Button appearance="subtle-button" disabled={busy} onClick={() => void send('NOT_FOR_ME')}>Dat zeg ik liever niet</Button>
        </ButtonGroup>
      </div>
    );
  }
  return (
    <div className="zhw-checkin">
      <Paragraph className="zhw-checkin__question">{question.question}</Paragraph>
      <ButtonGroup className="zhw-checkin__choices">
        {question.answers.map((a) => (
          <Button key={a.code} appearance="primary-action-button" disabled={busy}
            onClick={() => (a.code === 'NOT_FOR_ME' ? setStep({ kind: 'why' }) : void send(a.code as CheckinAnswer))}>
            {a.label}
          </Button>
        ))}
      </ButtonGroup>
    </div>
  );
}
