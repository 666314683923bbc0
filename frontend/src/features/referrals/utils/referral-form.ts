import type {
  ConsentFrom,
  IntegrationLevel,
  ReferralCreate,
  ReferralPrefill,
  ReferralRoute,
  TreatmentPhase,
} from '../types';

/** The note's limit, as in the API (ReferralCreate.note maxLength). */
export const MAX_NOTE_LENGTH = 1000;
export const MAX_CONSENT_TOPICS_LENGTH = 500;

export type ReferralFormValues = {
  clientRef: string;
  organisationId: string;
  /** Shown, not sent: the target in words, from the directory picker or the advice. */
  organisationName: string;
  groupSlug: string;
  meetingSlug: string;
  meetingLabel: string;
  level: IntegrationLevel;
  treatmentPhase: TreatmentPhase | '';
  route: ReferralRoute;
  inCarePlan: boolean;
  trialAgreed: boolean;
  consent: boolean;
  consentTopics: string;
  consentFrom: ConsentFrom;
  consentUntil: string;
  firstMeetingOn: string;
  note: string;
};

export function initialValues(prefill: ReferralPrefill | undefined): ReferralFormValues {
  return {
    clientRef: '',
    organisationId: prefill?.organisationId ?? '',
    organisationName: prefill?.organisationName ?? '',
    groupSlug: prefill?.groupSlug ?? '',
    meetingSlug: '',
    meetingLabel: '',
    level: prefill?.level ?? 'VERWIJZING',
    treatmentPhase: '',
    route: prefill?.route ?? 'DIRECT',
    inCarePlan: false,
    trialAgreed: false,
    consent: false,
    consentTopics: 'Of de cliënt naar de eerste bijeenkomst is geweest en of de groep past.',
    consentFrom: 'CLIENT',
    consentUntil: '',
    firstMeetingOn: '',
    note: '',
  };
}

export type FieldErrors = Partial<Record<keyof ReferralFormValues, string>>;

/** Dutch messages for what the server would refuse anyway; empty when the form can be sent. */
export function validate(values: ReferralFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.clientRef.trim()) errors.clientRef = 'Vul het cliëntnummer uit het EPD in.';
  if (!values.organisationId.trim()) errors.organisationId = 'Kies de organisatie waarnaar u verwijst.';
  if (!values.treatmentPhase) errors.treatmentPhase = 'Kies de fase van de behandeling.';
  if (values.note.length > MAX_NOTE_LENGTH) errors.note = `De notitie mag hoogstens ${MAX_NOTE_LENGTH} tekens hebben.`;
  if (values.consent && !values.consentTopics.trim()) errors.consentTopics = 'Schrijf op wat u mag vragen.';
  if (values.consentTopics.length > MAX_CONSENT_TOPICS_LENGTH) {
    errors.consentTopics = `Dit mag hoogstens ${MAX_CONSENT_TOPICS_LENGTH} tekens hebben.`;
  }
  return errors;
}

/** The POST body: empty optional fields are left out, consent only when the client gave it. */
export function toCreateRequest(values: ReferralFormValues, prefill: ReferralPrefill | undefined): ReferralCreate {
  const optional = (text: string) => text.trim() || undefined;
  return {
    clientRef: values.clientRef.trim(),
    organisationId: values.organisationId.trim(),
    groupSlug: optional(values.groupSlug),
    meetingSlug: optional(values.meetingSlug),
    level: values.level,
    treatmentPhase: values.treatmentPhase as TreatmentPhase,
    route: values.route,
    adviceSnapshot: prefill?.adviceSnapshot,
    inCarePlan: values.inCarePlan,
    trialAgreed: values.trialAgreed,
    followUpConsent: values.consent
      ? { topics: values.consentTopics.trim(), from: values.consentFrom, until: optional(values.consentUntil) }
      : undefined,
    firstMeetingOn: optional(values.firstMeetingOn),
    note: optional(values.note),
  };
}
