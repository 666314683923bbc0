// The EPD API through the real stack: a client-credentials token from the local Keycloak (no browser), a referral
// created and read through the web client's /api proxy, and the other institution's EPD client not finding it (404).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';

// No browser here: the web client's address (its /api proxy) as in support/browser.mjs, without loading Playwright.
const BASE_URL = (process.env.E2E_BASE_URL || 'http://localhost:5173').replace(/\/$/, '');
const AUTHORITY = process.env.E2E_OIDC_AUTHORITY || 'http://localhost:8180/realms/zelfhulpwijzer';
// LOCAL ONLY secrets from deploy/keycloak/zelfhulpwijzer-realm.json.
const DEMO_EPD = { id: 'zelfhulpwijzer-epd', secret: 'epd-local-secret' };
const OTHER_EPD = { id: 'zelfhulpwijzer-epd-andere', secret: 'epd-andere-local-secret' };

/** @param {{ id: string, secret: string }} client */
async function tokenOf(client) {
  const response = await fetch(`${AUTHORITY}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.id, client_secret: client.secret }),
  });
  assert.equal(response.status, 200, `token for ${client.id}: ${await response.clone().text()}`);
  return (await response.json()).access_token;
}

/**
 * @param {string} path
 * @param {string} token
 * @param {{ method?: string, body?: string, headers?: Record<string, string> }} [init]
 */
function api(path, token, init = {}) {
  return fetch(`${BASE_URL}/api/v1${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers },
  });
}

/** @param {string} clientRef */
const referral = (clientRef) => ({
  clientRef,
  organisationId: 'aa-nederland',
  level: 'VERWIJZING',
  treatmentPhase: 'TREATMENT',
  route: 'VIA_CONTACT_PERSON',
  inCarePlan: true,
  trialAgreed: true,
  followUpConsent: { topics: 'Of de cliënt naar de eerste bijeenkomst is geweest', from: 'CLIENT', until: '2099-06-30' },
  adviceSnapshot: { catalogueVersion: 1, verdict: 'FITS_NOW', reasons: ['Past bij alcohol'], cautions: [] },
});

describe('EPD API with client credentials', () => {
  it('creates and reads a referral; the other institution gets 404', async () => {
    const [demo, other] = await Promise.all([tokenOf(DEMO_EPD), tokenOf(OTHER_EPD)]);
    const claims = JSON.parse(Buffer.from(demo.split('.')[1], 'base64url').toString());
    assert.equal(claims.instelling, 'demo-instelling');
    assert.ok([claims.aud].flat().includes('zelfhulpwijzer-api'), 'token meant for the API');
    assert.ok(claims.realm_access.roles.includes('epd'));

    const clientRef = `epd-e2e-${randomUUID()}`;
    const key = randomUUID();
    const created = await api('/referrals', demo, {
      method: 'POST', headers: { 'Idempotency-Key': key }, body: JSON.stringify(referral(clientRef)),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { id } = await created.json();
    const retry = await api('/referrals', demo, {
      method: 'POST', headers: { 'Idempotency-Key': key }, body: JSON.stringify(referral(clientRef)),
    });
    assert.equal(retry.status, 201);
    assert.equal((await retry.json()).id, id, 'a retry makes no second referral');
    assert.equal(retry.headers.get('etag'), created.headers.get('etag'));

    const read = await api(`/referrals/${id}`, demo);
    assert.equal(read.status, 200);
    assert.equal((await read.json()).clientRef, clientRef);
    const byRef = await api(`/referrals?clientRef=${encodeURIComponent(clientRef)}`, demo);
    assert.equal((await byRef.json()).items.length, 1);

    const hidden = await api(`/referrals/${id}`, other);
    assert.equal(hidden.status, 404);
    assert.match(hidden.headers.get('content-type') ?? '', /application\/problem\+json/);
    const otherList = await api(`/referrals?clientRef=${encodeURIComponent(clientRef)}`, other);
    assert.deepEqual((await otherList.json()).items, []);

    const noToken = await fetch(`${BASE_URL}/api/v1/referrals/${id}`);
    assert.equal(noToken.status, 401);
  });
});
