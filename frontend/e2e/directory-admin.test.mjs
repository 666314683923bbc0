// Coordinator screens of the group directory, with a real Keycloak login as "coordinator":
// verification queue, reports queue (after a public report), the edit form with field errors and
// history, and a trial import of a Meeting Guide feed (nothing stored).
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
async function loginAsCoordinatorAt(page, path, username = USERNAME, password = PASSWORD) {
  await page.goto(`${BASE_URL}${path}`);
  const main = page.locator('main');
  await main.getByText('Log eerst in').waitFor();
  await main.getByRole('button', { name: 'Inloggen' }).click();
  await page.locator('#username').waitFor();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await Promise.all([
    page.waitForURL((url) => url.origin === new URL(BASE_URL).origin),
    page.locator('#password').press('Enter'),
  ]);
  await page.waitForURL((url) => url.pathname === path.split('?')[0] && !url.searchParams.has('code'));
}

describe('Beheer groepen (coördinator)', { timeout: TEST_TIMEOUT * 2 }, () => {
  it('verification queue, reports queue, edit form with field errors and history, trial import', async () => {
    const { page, context } = await browser.newPage();
    try {
      // A visitor reports wrong information on a demo meeting (public, no login).
      await page.goto(`${BASE_URL}/bijeenkomsten?day=all`);
      const first = page.getByRole('article').first().getByRole('link').first();
      await first.waitFor();
      await first.click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      const message = `e2e ${Date.now()}: begint een half uur later`;
      await page.getByLabel('Wat klopt er niet?').selectOption('WRONG_TIME');
      await page.getByLabel('Toelichting (niet verplicht)').fill(message);
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      await page.getByText('Dank u wel. Een coördinator kijkt naar uw melding.').waitFor();

      // The queue asks anonymous visitors to log in; the coordinator comes back to it.
      await loginAsCoordinatorAt(page, '/beheer/controleren');
      await page.getByRole('heading', { level: 1, name: 'Groepen om te controleren' }).waitFor();
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer groepen' }).waitFor();
      await page.getByLabel('Ook voorbeeldgegevens tonen').click();
      await page.waitForURL(/demo=true/);
      const countHeading = page.getByRole('heading', { level: 2, name: /te controleren$/ });
      await countHeading.waitFor();
      const before = Number(((await countHeading.textContent()) ?? '').match(/^(\d+)/)?.[1]);
      assert.ok(before > 0, `demo groups need checking, got ${before}`);
      await checkPage(page, 'admin-01-controleren');
      const firstRow = page.locator('tbody tr').first();
      const verifiedName = ((await firstRow.getByRole('link').textContent()) ?? '').trim();
      await firstRow.getByRole('button', { name: /Gegevens kloppen/ }).click();
      await page.getByText(`${verifiedName} is gecontroleerd en staat niet meer in de lijst.`).waitFor();
      await page.getByRole('heading', { level: 2, name: `${before - 1} groepen te controleren` }).waitFor();

      // The report is in the queue; the coordinator opens the group and handles it.
      await page.getByRole('navigation', { name: 'Beheer sociale kaart' }).getByRole('link', { name: 'Meldingen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Meldingen van onjuiste informatie' }).waitFor();
      const report = page.getByRole('article').filter({ hasText: message });
      await report.waitFor();
      assert.match((await report.textContent()) ?? '', /De dag of tijd klopt niet/);
      await checkPage(page, 'admin-02-meldingen');
      await report.getByRole('link', { name: 'Groep aanpassen' }).click();
      await page.getByRole('heading', { level: 1, name: /aanpassen$/ }).waitFor();

      // Field errors: an empty town is refused, nothing is stored.
      const city = page.getByLabel('Plaats', { exact: true });
      const oldCity = await city.inputValue();
      await city.fill('');
      await page.getByLabel('Website').fill('geen website');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByRole('heading', { name: 'Controleer deze velden' }).waitFor();
      assert.equal(await city.getAttribute('aria-invalid'), 'true');
      // Focus moves to the error summary.
      await page.waitForFunction(() => document.activeElement?.textContent?.includes('Controleer deze velden'));
      await checkPage(page, 'admin-03-groep-veldfouten');

      // A correct change is saved and shows in the history.
      await city.fill(oldCity);
      await page.getByLabel('Website').fill('');
      const note = `Gecontroleerd in e2e ${Date.now()}`;
      await page.getByLabel('Meer over de groep').fill(note);
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
      const history = page.getByRole('region', { name: 'Geschiedenis' });
      await history.getByRole('cell', { name: note }).waitFor();
      assert.match((await history.textContent()) ?? '', /coordinator/);
      await checkPage(page, 'admin-04-groep-geschiedenis');

      // Adding a meeting with a wrong start time is refused with a field error; nothing is stored.
      const meetingForm = page.getByRole('form', { name: 'Bijeenkomst toevoegen' });
      await meetingForm.getByLabel('Begintijd').fill('25:00');
      await meetingForm.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
      await meetingForm.getByRole('heading', { name: 'Controleer deze velden' }).waitFor();
      assert.match((await meetingForm.getByRole('alert').or(meetingForm.locator('.utrecht-alert')).first().textContent()) ?? '', /Begintijd/);
      await checkPage(page, 'admin-05-bijeenkomst-veldfout');

      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Meldingen van onjuiste informatie' }).waitFor();
      const again = page.getByRole('article').filter({ hasText: message });
      await again.getByRole('button', { name: /Afgehandeld/ }).click();
      await page.getByText(/De melding over .* is afgehandeld\./).waitFor();
      assert.equal(await page.getByRole('article').filter({ hasText: message }).count(), 0);

      // A new group without organisation, town or audience is refused with field errors.
      await page.getByRole('navigation', { name: 'Beheer sociale kaart' }).getByRole('link', { name: 'Nieuwe groep' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe groep' }).waitFor();
      await page.getByLabel('Naam', { exact: true }).fill('E2E groep zonder gegevens');
      await page.getByRole('button', { name: 'Groep maken' }).click();
      await page.getByRole('heading', { name: 'Controleer deze velden' }).waitFor();
      const summaryText = (await page.locator('.utrecht-alert').filter({ hasText: 'Controleer deze velden' }).textContent()) ?? '';
      assert.match(summaryText, /Organisatie \(id\)/);
      await checkPage(page, 'admin-06-nieuwe-groep-veldfouten');

      // Trial import: one good row, one without a day; nothing is stored.
      await page.getByRole('navigation', { name: 'Beheer sociale kaart' }).getByRole('link', { name: 'Feed importeren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Meeting Guide-feed importeren' }).waitFor();
      await page.getByLabel('Organisatie (id)').fill('aa-nederland');
      const slug = `e2e-proef-${Date.now()}`;
      await page.getByLabel('Feed (JSON)').fill(
        JSON.stringify([
          { name: 'E2E proefgroep', slug, day: 1, time: '19:30', end_time: '21:00', address: 'Kerkstraat 1', city: 'Utrecht', postal_code: '3511 AA', country: 'NL', types: ['O'] },
          { name: 'Zonder dag', slug: `${slug}-fout`, time: 'morgen' },
        ]),
      );
      await page.getByRole('button', { name: 'Proefimport starten' }).click();
      const result = page.getByRole('region', { name: 'Resultaat van de proefimport (niets opgeslagen)' });
      await result.waitFor();
      assert.match((await result.textContent()) ?? '', /2 rijen: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen, 1 geweigerd/);
      assert.match((await result.getByRole('row').filter({ hasText: `${slug}-fout` }).textContent()) ?? '', /Geweigerd/);
      await checkPage(page, 'admin-07-import-proef');
      const stored = await page.request.get(`${BASE_URL}/api/v1/meetings/${slug}`);
      assert.equal(stored.status(), 404, 'a trial import stores nothing');
    } finally {
      await context.close();
    }
  });

  it('shows the demo-data page to a beheerder (nothing is changed)', async () => {
    const { page, context } = await browser.newPage();
    try {
      await loginAsCoordinatorAt(
        page,
        '/beheer/voorbeeldgegevens',
        process.env.E2E_BEHEERDER_USERNAME || 'beheerder',
        process.env.E2E_BEHEERDER_PASSWORD || 'beheerder',
      );
      await page.getByRole('heading', { level: 1, name: 'Voorbeeldgegevens' }).waitFor();
      await page.getByRole('button', { name: 'Voorbeeldgegevens maken' }).waitFor();
      assert.equal(await page.getByLabel('Aantal groepen').inputValue(), '200');
      await checkPage(page, 'admin-08-voorbeeldgegevens');
    } finally {
      await context.close();
    }
  });
});
