import { http, HttpResponse } from 'msw';

import type { Referral, ReferralCreate, WebhookDelivery } from '@/features/referrals/types';

const API = '*/api/v1';

/** A referral as the backend answers it (version 1, just created). */
export function fakeReferral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: '6f1c1f5e-0000-4000-8000-000000000001',
    clientRef: 'EPD-4711',
    organisationId: 'al-anon',
    level: 'VERWIJZING',
    treatmentPhase: 'TREATMENT',
    route: 'VIA_CONTACT_PERSON',
    inCarePlan: true,
    trialAgreed: true,
    status: 'REQUESTED',
    followUpConsent: { topics: 'Of de cliënt is geweest.', from: 'CLIENT' },
    followUpDue: '2026-12-10',
    evaluationDates: [],
    createdBy: 'medewerker',
    createdAt: '2026-12-01T10:00:00Z',
    modifiedAt: '2026-12-01T10:00:00Z',
    version: 1,
    transitions: [{ to: 'REQUESTED', actor: 'medewerker', actorRole: 'medewerker', at: '2026-12-01T10:00:00Z' }],
    ...overrides,
  };
}

const problem = (status: number, title: string, detail?: string) =>
  HttpResponse.json({ type: 'about:blank', title, status, detail }, { status, headers: { 'Content-Type': 'application/problem+json' } });

const tagged = (referral: Referral, status = 200) =>
  HttpResponse.json(referral, { status, headers: { ETag: `"v${referral.version}"` } });

export const DEAD_LETTER: WebhookDelivery = {
  id: '9a0b0000-0000-4000-8000-000000000009',
  subscriptionId: '9a0b0000-0000-4000-8000-000000000001',
  referralId: '6f1c1f5e-0000-4000-8000-000000000001',
  referralVersion: 2,
  occurredAt: '2026-12-01T10:00:00Z',
  status: 'DEAD',
  attempts: 8,
  lastResponseStatus: 503,
};

/** The referral API as in openapi.yaml: Idempotency-Key on create, If-Match on changes (412 when stale). */
export const referralHandlers = [
  http.post(`${API}/referrals`, async ({ request }) => {
    if (!request.headers.get('Idempotency-Key')) return problem(400, 'Idempotency-Key ontbreekt');
    const body = (await request.json()) as ReferralCreate;
    return tagged(fakeReferral({ ...body, status: 'REQUESTED', inCarePlan: !!body.inCarePlan, trialAgreed: !!body.trialAgreed, evaluationDates: [] }), 201);
  }),
  http.get(`${API}/referrals/worklist`, () =>
    HttpResponse.json({ items: [{ referral: fakeReferral(), reasons: ['DUE', 'WITHOUT_OUTCOME'], organisationName: 'Al-Anon Familiegroepen Nederland', groupName: 'Al-Anon Utrecht' }] }),
  ),
  http.get(`${API}/referrals/:id`, () => tagged(fakeReferral())),
  http.post(`${API}/referrals/:id/transitions`, async ({ request }) => {
    if (request.headers.get('If-Match') !== '"v1"') return problem(412, 'Verouderde versie');
    const { status, reason } = (await request.json()) as { status: Referral['status']; reason?: string };
    const before = fakeReferral();
    return tagged(fakeReferral({
      status, statusReason: reason, version: 2,
      transitions: [...(before.transitions ?? []), { from: 'REQUESTED', to: status, reason, actor: 'medewerker', actorRole: 'medewerker', at: '2026-12-02T10:00:00Z' }],
    }));
  }),
  http.put(`${API}/referrals/:id/outcome`, async ({ request }) => {
    if (request.headers.get('If-Match') !== '"v1"') return problem(412, 'Verouderde versie');
    return tagged(fakeReferral({ outcome: (await request.json()) as Referral['outcome'], version: 2 }));
  }),
  http.post(`${API}/referrals/:id/check-in-link`, () =>
    HttpResponse.json(
      { token: 'tok', url: 'http://localhost:5173/check-in/tok', expiresAt: '2027-01-01T00:00:00Z', maxUses: 3 },
      { status: 201 },
    ),
  ),
  http.get(`${API}/check-in/:token`, ({ params }) =>
    params.token === 'used'
      ? problem(404, 'Niet gevonden')
      : HttpResponse.json({
          valid: true,
          question: 'U kreeg het advies om naar een zelfhulpgroep te gaan. Bent u al geweest?',
          answers: [
            { code: 'BEEN', label: 'Ik ben geweest' },
            { code: 'NOT_YET', label: 'Nog niet' },
            { code: 'NOT_FOR_ME', label: 'Het past niet bij mij' },
          ],
          reasonQuestion: 'Wilt u zeggen waarom het niet past? Dat mag, het hoeft niet.',
          reasons: [{ code: 'TIME_OR_PLACE', label: 'De tijd of plaats komt niet uit' }],
        }),
  ),
  http.post(`${API}/check-in/:token`, () => new HttpResponse(null, { status: 204 })),
  http.get(`${API}/webhooks/deliveries`, () =>
    HttpResponse.json({ items: [DEAD_LETTER], page: 0, size: 100, totalItems: 1, totalPages: 1 }),
  ),
  http.post(`${API}/webhooks/deliveries/:id/redeliver`, () => HttpResponse.json({ ...DEAD_LETTER, status: 'PENDING' })),
];
