// Referrals in the browser, through a real Keycloak login: advice → Verwijs → referral → worklist with the follow-up
// due → the client's check-in in a fresh context (phone width) → the answer on the referral and the worklist; and the
// beheerder's audit view and EPD link page. Every new page is checked with axe.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, checkPage, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

const browser = useBrowser();
const CLIENT_REF = `E2E-${Date.now()}`;

/**
 * Logs in with the header's "Inloggen" on `path` and waits until the app is back.
 * @param {import('playwright-core').Page} page
 * @param {string} path
 * @param {string} user username = password (demo users)
 */
async function logIn(page, path, user) {
  await page.goto(`${BASE_URL}${path}`);
  await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(user);
  await Promise.all([
    page.waitForURL((url) => url.origin === new URL(BASE_URL).origin && !url.search.includes('code=')),
    page.locator('#password').press('Enter'),
  ]);
}

/** @param {import('playwright-core').Page} page */
async function noSidewaysScroll(page) {
  const wider = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(wider <= 0, `the page scrolls sideways by ${wider}px`);
}

describe('Verwijzingen', { timeout: TEST_TIMEOUT * 2 }, () => {
  it('closes the loop: advice, referral, worklist, the client checks in, the answer shows up', async () => {
    const { page, context } = await browser.newPage();
    try {
      // A care worker who logs in on the public start page lands on the worklist.
      await logIn(page, '/', 'medewerker');
      await page.waitForURL(`${BASE_URL}/verwijzingen`);
      await page.getByRole('heading', { level: 1, name: 'Mijn verwijzingen' }).waitFor();
      await checkPage(page, '70-verwijzingen-werklijst');

      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Welke groep past?' }).click();
      await page.getByText('Stap 1 van 6').waitFor();
      await page.getByLabel('De partner van iemand met een verslaving').check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByLabel('Alcohol').check();
      await page.getByLabel('Nederland').check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByRole('heading', { name: 'Veiligheid eerst' }).waitFor();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByRole('button', { name: 'Advies bekijken' }).click();
      const fits = page.getByRole('region', { name: /^Past nu/ });
      await fits.waitFor();
      await checkPage(page, '71-advies-met-verwijs');
      await fits.getByRole('link', { name: /^Verwijs naar / }).first().click();

      await page.getByRole('heading', { level: 1, name: 'Verwijzen' }).waitFor();
      await page.getByText(/Uit het advies:/).first().waitFor();
      await page.getByRole('heading', { name: 'Schrijf geen namen' }).waitFor();
      await page.getByLabel('Cliëntnummer').fill(CLIENT_REF);
      await page.getByLabel('Fase van de behandeling').selectOption('TREATMENT');
      await page.getByLabel('Datum van de eerste bijeenkomst (mag leeg)').fill(new Date().toISOString().slice(0, 10));
      await page.getByLabel('Staat in het behandelplan').check();
      await page.getByLabel('De cliënt geeft toestemming om na te vragen hoe het ging').check();
      await checkPage(page, '72-verwijzing-formulier');
      // A double click sends the same Idempotency-Key twice at most: still one referral.
      await page.getByRole('button', { name: 'Verwijzing opslaan' }).dblclick();

      await page.getByRole('heading', { level: 1, name: `Verwijzing van cliënt ${CLIENT_REF}` }).waitFor();
      const referralUrl = page.url();
      await page.getByRole('button', { name: 'Check-in-link maken' }).click();
      const link = await page.locator('.zhw-checkin-link__url').textContent();
      assert.ok(link, 'the check-in link is shown');
      await page.getByRole('img', { name: 'QR-code van de check-in-link' }).waitFor();
      await checkPage(page, '73-verwijzing');

      await page.getByRole('link', { name: 'Terug naar mijn verwijzingen' }).click();
      const rows = page.getByRole('row').filter({ hasText: CLIENT_REF });
      await rows.first().waitFor();
      assert.equal(await rows.count(), 1, 'one referral, even after a double click');
      assert.match((await rows.textContent()) ?? '', /Nabespreking nu/);

      // The client, on a phone, without an account.
      const phone = await browser.newPage();
      try {
        await phone.page.setViewportSize({ width: 390, height: 844 });
        const path = new URL(link).pathname;
        await phone.page.goto(`${BASE_URL}${path}`);
        await phone.page.getByRole('heading', { level: 1, name: 'Bent u naar de groep geweest?' }).waitFor();
        assert.doesNotMatch((await phone.page.locator('main').textContent()) ?? '', new RegExp(CLIENT_REF));
        await noSidewaysScroll(phone.page);
        await checkPage(phone.page, '74-check-in-390');
        await phone.page.getByRole('button', { name: 'Ik ben geweest' }).click();
        await phone.page.getByRole('heading', { name: 'Dank u wel' }).waitFor();
        await checkPage(phone.page, '75-check-in-bedankt');
        await phone.page.goto(`${BASE_URL}${path}?opnieuw`);
        await phone.page.getByRole('heading', { level: 1, name: 'Bent u naar de groep geweest?' }).waitFor();
      } finally {
        await phone.context.close();
      }

      await page.goto(referralUrl);
      await page.getByText(/^Ik ben geweest \(/).waitFor();
      await page.goto(`${BASE_URL}/verwijzingen`);
      const row = page.getByRole('row').filter({ hasText: CLIENT_REF });
      await row.getByText(/Cliënt heeft geantwoord/).waitFor();
    } finally {
      await context.close();
    }
  });

  it('lets the beheerder see who touched a client\'s referral, export it, verify the log and see the EPD link', async () => {
    const { page, context } = await browser.newPage();
    try {
      await logIn(page, '/logboek', 'beheerder');
      await page.getByRole('heading', { level: 1, name: 'Logboek' }).waitFor();
      await page.getByLabel('Cliëntnummer').fill(CLIENT_REF);
      await page.getByRole('button', { name: 'Geschiedenis tonen' }).click();
      await page.getByText(/gebeurtenissen voor cliënt/).waitFor();
      await page.getByRole('button', { name: 'Exporteren als CSV' }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporteren als CSV' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^toegang-E2E-\d+\.csv$/);
      await page.getByRole('button', { name: 'Logboek controleren' }).click();
      await page.getByText('Het logboek is in orde: er is niets veranderd of verwijderd.').waitFor();
      await checkPage(page, '76-logboek');

      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Koppeling EPD' }).click();
      await page.getByRole('heading', { level: 1, name: 'Koppeling met het EPD' }).waitFor();
      await page.locator('main').getByText(/meldingen/).first().waitFor();
      await checkPage(page, '77-koppeling-epd');
    } finally {
      await context.close();
    }
  });
});
