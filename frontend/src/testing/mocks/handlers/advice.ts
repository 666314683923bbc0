import { http, HttpResponse } from 'msw';

import type { AdviceRequest, AdviceResponse } from '@/features/advice/api/create-advice';

const SOURCE_002 = { document: '002_e30f9ceb731b810b.txt', section: '3. Verwijzing — Hoe verwijzen?' };
const SOURCE_B3 = {
  document: '002_e30f9ceb731b810b.txt',
  section: 'Bijlage 3 — Namen, adressen, websites van zelfhulpgroepen en steunpunten (Zelfhulpgroepen)',
};

/** A small advice shaped like the backend's, for a partner of someone who drinks (plus risk signals if asked). */
export function fakeAdvice(request: AdviceRequest): AdviceResponse {
  const risks: AdviceResponse['riskSignals'] = (request.riskSignals ?? []).map((signal) => ({
    signal,
    urgency: signal === 'DANGEROUS_WITHDRAWAL_GHB' || signal === 'OVERDOSE' ? 'EMERGENCY' : 'ATTENTION',
    criterionCode: `RISK_${signal}`,
    text: 'Ontwenning van GHB is extra risicovol.',
    action: 'Neem eerst contact op met een arts of de spoedhulp, vóór alles anders.',
    source: { document: '004_9366bc2566e26373.txt', section: '4 | Thuis ontwennen — Korte detoxificatie' },
  }));
  return {
    catalogueVersion: 1,
    actFirst: risks.some((r) => r.urgency === 'EMERGENCY'),
    riskSignals: risks,
    level: {
      level: 'VERWIJZING',
      label: 'verwijzing',
      reasons: [
        {
          code: 'LEVEL_VERWIJZING',
          text: 'Advies nu: verwijzing. Verwijs gericht naar een groep; dat kan als afspraak in het behandelplan.',
          source: { document: '002_e30f9ceb731b810b.txt', section: 'Niveaus van integratie' },
          inference: false,
        },
      ],
      questions: [],
    },
    origin: {},
    evaluated: 3,
    counts: { fitsNow: 1, mayFit: 0, notNow: 0, laterSerial: 1, doesNotFit: 1 },
    page: 1,
    size: 3,
    total: 3,
    truncated: false,
    candidates: [
      {
        rank: 1,
        organisationId: 'al-anon',
        name: 'Al-Anon Familiegroepen Nederland',
        kind: 'FAMILY_GROUP',
        approach: 'TWELVE_STEP',
        country: 'NL',
        verdict: 'FITS_NOW',
        verdictLabel: 'past nu',
        exactFit: true,
        score: 5,
        scoreParts: [],
        reasons: [
          { code: 'DIRECTORY_MATCH', text: 'Deze organisatie is er voor partners, bij alcohol.', source: SOURCE_B3, inference: false },
          {
            code: 'FAMILY_OWN_GROUPS',
            kind: 'RELATIVE_INDICATION',
            text: 'Familieleden kunnen gewezen worden op zelfhulpgroepen voor henzelf.',
            source: SOURCE_002,
            inference: false,
          },
        ],
        cautions: [],
        route: {
          route: 'VIA_CONTACT_PERSON',
          reason: { code: 'ROUTE_VIA_CONTACT_PERSON', kind: 'ROUTE', text: 'Via een contactpersoon van de groep (aanbevolen).', source: SOURCE_002, inference: false },
          steps: [],
        },
        localGroups: [],
      },
      {
        rank: 2,
        organisationId: 'aa-nederland',
        name: 'Anonieme Alcoholisten Nederland',
        kind: 'SELF_HELP_FELLOWSHIP',
        approach: 'TWELVE_STEP',
        country: 'NL',
        verdict: 'LATER_SERIAL',
        verdictLabel: 'later, na de huidige behandeling',
        exactFit: true,
        score: 4,
        scoreParts: [],
        reasons: [
          {
            code: 'SERIAL_NON_ABSTINENCE_GOAL',
            kind: 'SERIAL_ONLY',
            text: 'Deelname is pas na afronding van die behandeling te overwegen (serieel).',
            source: SOURCE_002,
            inference: false,
          },
        ],
        cautions: [],
        route: { route: 'VIA_CONTACT_PERSON', steps: [] },
        localGroups: [],
      },
      {
        rank: 3,
        organisationId: 'agog',
        name: 'Anonieme Gokkers en Omgeving',
        kind: 'SELF_HELP_FELLOWSHIP',
        approach: 'TWELVE_STEP',
        country: 'NL',
        verdict: 'DOES_NOT_FIT',
        verdictLabel: 'past niet',
        exactFit: false,
        score: 0,
        scoreParts: [],
        reasons: [{ code: 'DIRECTORY_BEHAVIOUR_MISMATCH', text: 'Deze organisatie gaat niet over alcohol.', source: SOURCE_B3, inference: false }],
        cautions: [],
        localGroups: [],
      },
    ],
  };
}

/** POST /api/v1/advice: 401 without a token, 422 without relation or behaviours, else the fake advice. */
export const adviceHandlers = [
  http.post('*/api/v1/advice', async ({ request }) => {
    if (!request.headers.get('Authorization')?.startsWith('Bearer ')) {
      return HttpResponse.json(
        { type: 'https://zelfhulpwijzer.nl/problems/unauthorized', title: 'Niet ingelogd', status: 401 },
        { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    const body = (await request.json()) as AdviceRequest;
    if (!body.relation || !body.behaviours?.length) {
      return HttpResponse.json(
        {
          type: 'https://zelfhulpwijzer.nl/problems/unprocessable',
          title: 'Verzoek kan niet worden verwerkt',
          status: 422,
          detail: 'Het profiel is niet goed ingevuld.',
          errors: [{ field: 'behaviours', message: 'Kies minstens één middel of gedrag.' }],
        },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    return HttpResponse.json(fakeAdvice(body));
  }),
];
