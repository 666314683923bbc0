import { Alert, Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';

import { ProblemAlert } from '@/components/errors/problem-alert';

import { createReferral } from '../api/referrals';
import { CONSENT_FROM_LABELS, LEVEL_LABELS, PHASE_LABELS, ROUTE_LABELS } from '../labels';
import type { Referral, ReferralPrefill } from '../types';
import {
  initialValues,
  MAX_NOTE_LENGTH,
  toCreateRequest,
  validate,
  type FieldErrors,
  type ReferralFormValues,
} from '../utils/referral-form';
import { CodeField, TextField, YesNoField } from './fields';
import { TargetPicker } from './target-picker';

type Props = { prefill?: ReferralPrefill; onCreated: (referral: Referral) => void };

/**
 * The new referral. One Idempotency-Key per form: sending twice (a double click, a retry after a network error)
 * gives back the first referral instead of a second one.
 */
export function ReferralForm({ prefill, onCreated }: Props) {
  const [values, setValues] = useState<ReferralFormValues>(() => initialValues(prefill));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const idempotencyKey = useRef(crypto.randomUUID());
  const set = <K extends keyof ReferralFormValues>(key: K) => (value: ReferralFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`referral-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setSending(true);
    setFailure(undefined);
    try {
      onCreated(await createReferral(toCreateRequest(values, prefill), idempotencyKey.current));
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="zhw-referral-form" noValidate onSubmit={(e) => void submit(e)}>
      {failure !== undefined && <ProblemAlert error={failure} />}
      {prefill?.adviceSnapshot && (
        <Paragraph>
          Uit het advies: <strong>{prefill.organisationName}</strong>. Het advies (versie{' '}
          {prefill.adviceSnapshot.catalogueVersion} van de verwijscriteria, met de redenen) wordt bij de verwijzing
          bewaard.
        </Paragraph>
      )}

      <TextField id="referral-clientRef" label="Cliëntnummer" required value={values.clientRef}
        onChange={set('clientRef')} error={errors.clientRef}
        hint="Het nummer of pseudoniem van de cliënt uit het EPD. Nooit een naam, BSN, geboortedatum of adres." />

      <Fieldset>
        <FieldsetLegend>Waar verwijst u naar?</FieldsetLegend>
        <TargetPicker error={errors.organisationId} value={values}
          onChange={(target) => setValues((current) => ({ ...current, ...target }))} />
        <TextField id="referral-firstMeetingOn" type="date" label="Datum van de eerste bijeenkomst (mag leeg)"
          value={values.firstMeetingOn} onChange={set('firstMeetingOn')}
          hint="Daarna plant de Zelfhulpwijzer de nabespreking." />
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Hoe verwijst u?</FieldsetLegend>
        <CodeField id="referral-level" label="Niveau" labels={LEVEL_LABELS} value={values.level} onChange={set('level')} />
        <CodeField id="referral-treatmentPhase" label="Fase van de behandeling" labels={PHASE_LABELS} empty="Kies een fase"
          value={values.treatmentPhase} onChange={set('treatmentPhase')} error={errors.treatmentPhase} />
        <CodeField id="referral-route" label="Route" labels={ROUTE_LABELS} value={values.route} onChange={set('route')} />
        <YesNoField id="referral-inCarePlan" label="Staat in het behandelplan" checked={values.inCarePlan} onChange={set('inCarePlan')} />
        <YesNoField id="referral-trialAgreed" label="Afgesproken: zes keer proberen" checked={values.trialAgreed} onChange={set('trialAgreed')} />
      </Fieldset>

      <Fieldset>
        <FieldsetLegend>Nabespreken</FieldsetLegend>
        <YesNoField id="referral-consent" label="De cliënt geeft toestemming om na te vragen hoe het ging"
          checked={values.consent} onChange={set('consent')} />
        {values.consent ? (
          <>
            <TextField id="referral-consentTopics" label="Wat mag u vragen?" rows={2} value={values.consentTopics}
              onChange={set('consentTopics')} error={errors.consentTopics} />
            <CodeField id="referral-consentFrom" label="Aan wie?" labels={CONSENT_FROM_LABELS} value={values.consentFrom}
              onChange={set('consentFrom')} />
            <TextField id="referral-consentUntil" type="date" label="Tot wanneer? (mag leeg)" value={values.consentUntil}
              onChange={set('consentUntil')} />
          </>
        ) : (
          <Paragraph appearance="small">Zonder toestemming plant de Zelfhulpwijzer geen vragen en geen check-in.</Paragraph>
        )}
      </Fieldset>

      <Alert type="warning">
        <Heading level={2}>Schrijf geen namen</Heading>
        <Paragraph>
          Schrijf in de notitie geen namen of andere gegevens van de cliënt of van mensen in de groep.
        </Paragraph>
      </Alert>
      <TextField id="referral-note" label="Notitie (mag leeg)" rows={4} value={values.note} onChange={set('note')}
        error={errors.note} hint={`${values.note.length} van ${MAX_NOTE_LENGTH} tekens.`} />

      <Button type="submit" appearance="primary-action-button" busy={sending} disabled={sending}>
        Verwijzing opslaan
      </Button>
    </form>
  );
}
