// Staff pages of the pathways feature (Mijn instelling, vragenlijst, zorgpaden bewerken), checked with axe.
// These run against the web client only: the API is answered by fixtures (page.route) and a logged-in coordinator
// is put in session storage, so the pages' logged-in states can be checked without Keycloak or seeded tenant data.
// pathways.test.mjs has the same dashboard with a real Keycloak login.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, checkPage, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

const AUTHORITY = process.env.E2E_OIDC_AUTHORITY || 'http://localhost:8180/realms/zelfhulpwijzer';
const CLIENT_ID = process.env.E2E_OIDC_CLIENT_ID || 'zelfhulpwijzer-web';

/** @param {unknown} o */
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const claims = { sub: 'u1', name: 'Cor Coördinator', preferred_username: 'coordinator', realm_access: { roles: ['coordinator'] }, exp: now + 3000 };
const storedUser = JSON.stringify({
  access_token: `${b64({ alg: 'none' })}.${b64(claims)}.`,
  token_type: 'Bearer',
  scope: 'openid profile',
  profile: { ...claims, iss: AUTHORITY, aud: CLIENT_ID, iat: now },
  expires_at: now + 3000,
});

const D2 = '002_e30f9ceb731b810b.txt';
const src = { document: D2, section: '5. Implementatie van de handleiding', quote: '1. Management gaat akkoord met de implementatie' };
const step = {
  key: 'indicatie-kernmoment', phases: ['INDICATIEADVIES_BEHANDELPLAN'], level: 'VERWIJZING',
  title: 'Indicatieadvies en behandelplan: het kernmoment', action: 'Dit is het kernmoment voor verwijzing naar zelfhulpgroepen.',
  actors: ['HULPVERLENER'], materials: [], guidance: [{ kind: 'CRITERION', text: 'Absoluut criterium: abstinentiewens.', source: src }],
  checklist: [{ text: 'Expliciet verkend of deelname aan zelfhulp aangeraden wordt (advies 7a).', source: src }], source: src,
};
/** @type {Record<string, unknown>} */
const FIXTURES = {
  '/api/v1/me': { username: 'coordinator', name: 'Cor Coördinator', roles: ['coordinator'], instelling: 'demo-instelling' },
  '/api/v1/implementation/plan': { institution: 'demo-instelling', stepsDone: 1, stepsTotal: 2, steps: [
    { number: 1, title: 'Management gaat akkoord met de implementatie', description: 'Het management stemt in.', defaultOwner: 'MANAGEMENT', source: src, status: 'DONE', ownerRole: 'MANAGEMENT', etag: '"1"' },
    { number: 2, title: 'Projectgroep instellen', description: 'Met de cliëntenraad.', source: src, status: 'NOT_STARTED', etag: '"0"' } ] },
  '/api/v1/implementation/advices': { institution: 'demo-instelling', counts: { NOT_STARTED: 1, PARTIAL: 1, DONE: 0, NOT_APPLICABLE: 0 }, items: [
    { code: '1a', area: 'VOORLICHTING_CLIENTEN', text: 'Foldermateriaal in elke wachtruimte en in elk folderrek.', source: src, status: 'PARTIAL' },
    { code: '7a', area: 'VERWIJZING', text: 'Bij elke (her)indicatiestelling wordt expliciet verkend of deelname aan zelfhulp aangeraden wordt.', source: src, status: 'NOT_STARTED' } ] },
  '/api/v1/implementation/survey/results': { institution: 'demo-instelling', minimumGroupSize: 5,
    rounds: [{ id: 1, kind: 'BASELINE', label: 'Nulmeting', status: 'OPEN', openedAt: '2026-01-01T00:00:00Z', respondents: 6, responded: false }],
    questions: [{ code: '9', text: 'Hoe plaatst u zelfhulpgroepen in het totale ‘hulp’aanbod?', kind: 'SINGLE',
      options: ['Ze zijn alternatief voor professionele behandeling', 'Ze zijn belangrijk parallel aan behandeling'],
      rounds: [{ roundId: 1, suppressed: false, answered: 6, counts: [1, 5] }] }] },
  '/api/v1/implementation/survey/rounds': { items: [{ id: 1, kind: 'BASELINE', label: 'Nulmeting', status: 'OPEN', openedAt: '2026-01-01T00:00:00Z', respondents: 6, responded: false }] },
  '/api/v1/implementation/survey/questions': { items: [
    { code: '1', part: 'ALGEMEEN', kind: 'SCALE', text: 'Zijn hulpverleners uit uw dienst of taakgroep bekend met de zelfhulpgroepen voor verslaafden?', options: ['(Vrijwel) allemaal', '(Vrijwel) niemand'], scalePoints: 5, adapted: false, source: src },
    { code: '5', part: 'ALGEMEEN', kind: 'MULTIPLE', maxChoices: 2, text: 'Als men negatief is, waar heeft dat mee te maken?', options: ['Andere opvatting over wenselijkheid van abstinentie', 'Geen van bovenstaande'], adapted: false, source: src } ] },
  '/api/v1/implementation/convenant': { status: 'SIGNED', parties: ['AA Nederland'], agreements: 'Twee keer per jaar overleg.', signedOn: '2026-02-01', etag: '"1"', source: src },
  '/api/v1/implementation/contacts': { items: [{ id: 1, role: 'AANDACHTSFUNCTIONARIS', name: 'Anna de Vries' }] },
  '/api/v1/implementation/facilities': { items: [{ id: 2, kind: 'MATERIAL_STAND', location: 'Wachtruimte', responsible: 'Secretariaat' }] },
  '/api/v1/pathways': { items: [{ id: 'algemeen', variant: 'GENERAL', audience: 'CLIENT', version: 1, status: 'PUBLISHED', title: 'Zelfhulp in de behandeling van cliënten', summary: 'Voorlichting, verwijzing en integratie.', source: src, steps: [step], guidance: [] }] },
  '/api/v1/pathways/algemeen/draft': { pathwayId: 'algemeen', number: 2, status: 'DRAFT', basedOn: 1, etag: '"2.0"', title: 'Zelfhulp in de behandeling van cliënten', summary: 'Voorlichting.', source: src, steps: [step], guidance: [], createdBy: 'coordinator' },
};

const browser = useBrowser();

async function staffPage() {
  const opened = await browser.newPage();
  await opened.page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [`oidc.user:${AUTHORITY}:${CLIENT_ID}`, storedUser]);
  await opened.page.route('**/api/v1/**', (route) => {
    const body = FIXTURES[new URL(route.request().url()).pathname];
    return route.fulfill(body
      ? { status: 200, contentType: 'application/json', body: JSON.stringify(body) }
      : { status: 404, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Niet gevonden', status: 404 }) });
  });
  return opened;
}

describe('Zorgpaden: pagina’s voor medewerkers', { timeout: TEST_TIMEOUT }, () => {
  it('Mijn instelling: plan, zelfbeoordeling, vragenlijst en samenwerking', async () => {
    const { page, context, problems } = await staffPage();
    try {
      await page.goto(`${BASE_URL}/instelling`);
      await page.getByText('1 van de 2 stappen klaar.').waitFor();
      await page.getByRole('table', { name: /Vraag 9\./ }).waitFor();
      await page.getByText(/Aandachtsfunctionaris: Anna de Vries/).waitFor();
      await checkPage(page, '30-mijn-instelling');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('Vragenlijst medewerkers', async () => {
    const { page, context, problems } = await staffPage();
    try {
      await page.goto(`${BASE_URL}/instelling/vragenlijst`);
      await page.getByRole('form', { name: /Vragenlijst Nulmeting/ }).waitFor();
      await page.getByLabel('3', { exact: true }).check();
      await checkPage(page, '31-vragenlijst');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('Zorgpaden bewerken: concept, stap wijzigen, voorbeeld', async () => {
    const { page, context, problems } = await staffPage();
    try {
      await page.goto(`${BASE_URL}/zorgpaden/bewerken?zorgpad=algemeen`);
      await page.getByRole('heading', { name: 'Concept versie 2 (gemaakt van versie 1)' }).waitFor();
      await checkPage(page, '32-bewerken');
      await page.getByRole('button', { name: /^Wijzigen/ }).click();
      await page.getByLabel('Titel').waitFor();
      await checkPage(page, '33-bewerken-stap');
      await page.getByRole('button', { name: 'Annuleren' }).click();
      await page.getByRole('button', { name: 'Voorbeeld' }).click();
      await page.getByRole('article', { name: 'Indicatieadvies en behandelplan: het kernmoment' }).waitFor();
      await checkPage(page, '34-bewerken-voorbeeld');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
