// Coordinator screens for organisations and meetings, with a real Keycloak login as "coordinator":
// a new organisation (field errors first, then saved with a contact point), deactivated after confirming
// (it leaves the public list, its page stays), and the edit form of an existing meeting.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, checkPage, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

const USERNAME = process.env.E2E_COORDINATOR_USERNAME || 'coordinator';
const PASSWORD = process.env.E2E_COORDINATOR_PASSWORD || 'coordinator';

const browser = useBrowser();

/**
 * Opens a coordinator page while logged out, logs in through Keycloak from that page and comes back.
 * @param {import('playwright-core').Page} page
 * @param {string} path
 */
async function loginAsCoordinatorAt(page, path) {
  await page.goto(`${BASE_URL}${path}`);
  const main = page.locator('main');
  await main.getByText('Log eerst in').waitFor();
  await main.getByRole('button', { name: 'Inloggen' }).click();
  await page.locator('#username').waitFor();
  await page.locator('#username').fill(USERNAME);
  await page.locator('#password').fill(PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.origin === new URL(BASE_URL).origin),
    page.locator('#password').press('Enter'),
  ]);
  await page.waitForURL((url) => url.pathname === path.split('?')[0] && !url.searchParams.has('code'));
}

describe('Beheer organisaties en bijeenkomsten (coördinator)', { timeout: TEST_TIMEOUT * 2 }, () => {
  it('new organisation with field errors, saved, deactivated; editing a meeting', async () => {
    const { page, context } = await browser.newPage();
    try {
      await loginAsCoordinatorAt(page, '/beheer/organisaties');
      await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
      await page.getByRole('heading', { level: 2, name: /organisaties?$/ }).waitFor();
      await checkPage(page, 'admin-org-01-lijst');

      // A new organisation without description, audience or source is refused with field errors.
      await page.getByRole('link', { name: 'Nieuwe organisatie' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe organisatie' }).waitFor();
      const stamp = Date.now();
      const id = `e2e-steunpunt-${stamp}`;
      const name = `E2E Steunpunt ${stamp}`;
      await page.getByLabel('Naam', { exact: true }).fill(name);
      await page.getByLabel('Sleutel in de link (niet verplicht)').fill(id);
      await page.getByRole('button', { name: 'Contactgegeven toevoegen' }).click();
      await page.getByLabel('Telefoon', { exact: true }).fill('12');
      await page.getByRole('button', { name: 'Organisatie maken' }).click();
      await page.getByRole('heading', { name: 'Controleer deze velden' }).waitFor();
      const summary = (await page.locator('.utrecht-alert').filter({ hasText: 'Controleer deze velden' }).textContent()) ?? '';
      assert.match(summary, /Omschrijving/);
      assert.match(summary, /Contactgegeven 1/);
      assert.equal(await page.getByLabel('Telefoon', { exact: true }).getAttribute('aria-invalid'), 'true');
      await checkPage(page, 'admin-org-02-nieuw-veldfouten');
      const notStored = await page.request.get(`${BASE_URL}/api/v1/organisations/${id}`);
      assert.equal(notStored.status(), 404, 'a refused organisation is not stored');

      // Corrected, it is saved and its edit page opens.
      await page.getByLabel('Soort organisatie').selectOption('SUPPORT_POINT');
      await page.getByLabel('Aanpak').selectOption('NOT_APPLICABLE');
      await page.getByLabel('Omschrijving').fill('Steunpunt voor zelfhulpgroepen, gemaakt door de browsertest.');
      await page.getByLabel('Persoon met een verslaving').check();
      await page.getByLabel('Alcohol').check();
      await page.getByLabel('Telefoon', { exact: true }).fill('030 123 45 67');
      await page.getByLabel('Bron', { exact: true }).fill('Browsertest');
      await page.getByLabel('Onderdeel van de bron').fill('e2e/directory-admin-organisations.test.mjs');
      await page.getByRole('button', { name: 'Organisatie maken' }).click();
      await page.getByText('De organisatie is gemaakt.').waitFor();
      await page.waitForURL((url) => url.pathname === `/beheer/organisaties/${id}`);
      await page.getByRole('heading', { level: 1, name: `${name} aanpassen` }).waitFor();
      await page.getByRole('region', { name: 'Geschiedenis' }).getByRole('cell', { name: name }).waitFor();
      await checkPage(page, 'admin-org-03-bewerken');

      // Deactivated after confirming: gone from the public list, the public page says so.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Op niet actief zetten' }).click();
      await page.getByText('De organisatie staat op niet actief.').waitFor();
      await page.getByRole('button', { name: 'Weer actief maken' }).waitFor();
      const list = await (await page.request.get(`${BASE_URL}/api/v1/organisations?q=${stamp}`)).json();
      assert.equal(list.items.length, 0, 'an inactive organisation is not in the public list');
      await page.goto(`${BASE_URL}/organisaties/${id}`);
      await page.getByText('Deze organisatie is niet meer actief.', { exact: false }).waitFor();

      // A meeting of a (demo) group: its edit form shows the stored values and saves.
      await page.goto(`${BASE_URL}/beheer/controleren?demo=true`);
      const groupLink = page.locator('tbody tr').first().getByRole('link').first();
      await groupLink.waitFor();
      await groupLink.click();
      await page.getByRole('heading', { level: 1, name: /aanpassen$/ }).waitFor();
      const editMeeting = page.getByRole('region', { name: 'Bijeenkomsten' }).getByRole('link', { name: /^Aanpassen/ }).first();
      await editMeeting.click();
      const form = page.getByRole('form', { name: 'Bijeenkomst aanpassen' });
      await form.waitFor();
      const start = await form.getByLabel('Begintijd').inputValue();
      assert.match(start, /^\d{2}:\d{2}$/);
      await form.getByLabel('Eindtijd').fill(start);
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form.getByRole('heading', { name: 'Controleer deze velden' }).waitFor();
      assert.equal(await form.getByLabel('Eindtijd').getAttribute('aria-invalid'), 'true');
      await checkPage(page, 'admin-org-04-bijeenkomst-veldfout');
      await page.getByRole('button', { name: 'Nieuwste gegevens laden' }).click();
      await page.getByRole('form', { name: 'Bijeenkomst aanpassen' }).getByRole('button', { name: 'Opslaan' }).click();
      await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    } finally {
      await context.close();
    }
  });
});
