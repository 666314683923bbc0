import { describe, expect, it } from 'vitest';

import { initialValues, MAX_NOTE_LENGTH, toCreateRequest, validate } from '../utils/referral-form';

const prefill = {
  organisationId: 'al-anon',
  organisationName: 'Al-Anon',
  groupSlug: 'al-anon-utrecht',
  level: 'VERWIJZING' as const,
  route: 'VIA_CONTACT_PERSON' as const,
  adviceSnapshot: { catalogueVersion: 3, verdict: 'FITS_NOW', reasons: ['Past bij de partner'], cautions: [] },
};

describe('referral form', () => {
  it('starts from the advice: target, level, route', () => {
    const values = initialValues(prefill);
    expect(values).toMatchObject({ organisationId: 'al-anon', groupSlug: 'al-anon-utrecht', level: 'VERWIJZING', route: 'VIA_CONTACT_PERSON' });
  });

  it('says in Dutch what is missing or too long', () => {
    const errors = validate({ ...initialValues(undefined), note: 'x'.repeat(MAX_NOTE_LENGTH + 1) });
    expect(errors).toEqual({
      clientRef: 'Vul het cliëntnummer uit het EPD in.',
      organisationId: 'Kies de organisatie waarnaar u verwijst.',
      treatmentPhase: 'Kies de fase van de behandeling.',
      note: 'De notitie mag hoogstens 1000 tekens hebben.',
    });
    expect(validate({ ...initialValues(prefill), clientRef: 'EPD-1', treatmentPhase: 'INTAKE', note: 'x'.repeat(MAX_NOTE_LENGTH) })).toEqual({});
  });

  it('sends the advice snapshot, and consent only when given', () => {
    const values = { ...initialValues(prefill), clientRef: ' EPD-1 ', treatmentPhase: 'INTAKE' as const, meetingSlug: '  ' };
    const without = toCreateRequest(values, prefill);
    expect(without).toMatchObject({ clientRef: 'EPD-1', adviceSnapshot: prefill.adviceSnapshot, meetingSlug: undefined });
    expect(without.followUpConsent).toBeUndefined();
    const withConsent = toCreateRequest({ ...values, consent: true, consentFrom: 'GROUP_CONTACT', consentUntil: '2027-06-01' }, prefill);
    expect(withConsent.followUpConsent).toEqual({ topics: values.consentTopics, from: 'GROUP_CONTACT', until: '2027-06-01' });
  });
});
