// Sheets and reports in the browser, through a real Keycloak login: a coordinator opens the reports page (chart,
// table, "< 5" for hidden counts, text summary); staff open a folder beside an organisation and print it (the
// frame's print is stubbed and must be called) and the waiting-room poster of a town; every other sheet kind is shown
// on the folder page (group in B1 and easy read, organisation, staff work sheet), and the client's referral sheet on the
// referral page. Every new page is checked with axe, the framed sheet included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, checkPage, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

const browser = useBrowser();

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

describe('Folders en rapportages', { timeout: TEST_TIMEOUT * 2 }, () => {
  it('shows the reports with a chart, a table and a summary to a coordinator', async () => {
    const { page, context } = await browser.newPage();
    try {
      await logIn(page, '/rapportages', 'coordinator');
      await page.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();
      await page.getByRole('heading', { level: 2, name: /^Verwijzingen van / }).waitFor();
      const route = page.getByRole('region', { name: 'Route', exact: true });
      await route.getByRole('table').waitFor();
      assert.ok(await route.getByText(/^In totaal|^Het totaal is verborgen|^Geen verwijzingen/).count() > 0, 'text summary');
      const months = page.getByRole('region', { name: 'Verwijzingen per maand', exact: true });
      await months.getByRole('table').waitFor();
      // Every indicator with counts has its chart (the earlier referral tests made some in this institution).
      if (await months.getByText('Geen verwijzingen in deze periode.').count() === 0) {
        await months.locator('.recharts-surface').waitFor();
      }
      await page.getByRole('heading', { level: 2, name: /Bijlage 4/ }).waitFor();
      await checkPage(page, '90-rapportages');
    } finally {
      await context.close();
    }
  });

  it('opens a folder beside an organisation and prints it, and makes a waiting-room poster', async () => {
    const { page, context } = await browser.newPage();
    try {
      await logIn(page, '/organisaties/al-anon', 'medewerker');
      await page.getByRole('combobox', { name: /^Folder over / }).selectOption('familie');
      await page.getByRole('link', { name: /Folder openen over / }).click();
      await page.getByRole('heading', { level: 1, name: 'Folder voor familie en naasten' }).waitFor();
      const frame = page.frameLocator('iframe[title="Folder voor familie en naasten"]');
      await frame.getByRole('heading', { level: 1, name: 'Hulp voor familie en naasten' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Open als pdf' }).getAttribute('href'), '/api/v1/sheets/family?formaat=pdf');
      // Printing opens the browser's dialog; headless, count the call on the sheet's own window instead.
      const sheetFrame = page.frames().find((f) => f.url().includes('/api/v1/sheets/family'));
      assert.ok(sheetFrame, 'the sheet is in a frame');
      await sheetFrame.evaluate(() => {
        const win = /** @type {Window & { printed?: number }} */ (window);
        win.printed = 0;
        win.print = () => { win.printed = (win.printed ?? 0) + 1; };
      });
      await page.getByRole('button', { name: 'Afdrukken' }).click();
      assert.equal(await sheetFrame.evaluate(() => /** @type {Window & { printed?: number }} */ (window).printed), 1);
      await checkPage(page, '91-folder-familie');

      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Poster wachtkamer' }).click();
      await page.getByLabel('Plaats', { exact: true }).fill('Utrecht');
      await page.getByRole('button', { name: 'Toon' }).click();
      await page.frameLocator('iframe[title="Poster voor de wachtkamer"]')
        .getByRole('heading', { level: 1, name: 'Zelfhulpgroepen in Utrecht' }).waitFor();
      await checkPage(page, '92-poster');
    } finally {
      await context.close();
    }
  });

  it('shows every other sheet kind on the folder page, each without axe violations', async () => {
    const { page, context } = await browser.newPage();
    try {
      const meetings = await (await page.request.get(`${BASE_URL}/api/v1/meetings?size=1`)).json();
      const group = meetings.items[0].groupSlug;
      const kinds = [
        { query: `soort=groep&groep=${group}`, title: 'Folder over een groep', name: '93-folder-groep' },
        { query: `soort=groep&groep=${group}&variant=makkelijk`, title: 'Folder over een groep', name: '94-folder-makkelijk' },
        { query: 'soort=organisatie&organisatie=al-anon', title: 'Folder over een organisatie', name: '95-folder-organisatie' },
        { query: 'soort=werkblad&zorgpad=algemeen&stap=wachtruimte-materiaal', title: 'Werkblad bij een stap van het zorgpad',
          name: '96-werkblad' },
      ];
      for (const kind of kinds) {
        await page.goto(`${BASE_URL}/folder?${kind.query}`);
        await page.getByRole('heading', { level: 1, name: kind.title }).waitFor();
        await page.frameLocator(`iframe[title="${kind.title}"]`).getByRole('heading', { level: 1 }).waitFor();
        await checkPage(page, kind.name);
      }
    } finally {
      await context.close();
    }
  });

  it('shows the client\'s referral sheet on the referral page without axe violations', async () => {
    const { page, context } = await browser.newPage();
    try {
      // The web client's own token, taken from its first API call after the login, makes the referral.
      const authorization = new Promise((resolve) => {
        page.on('request', (request) => {
          const header = request.headers().authorization;
          if (header && request.url().includes('/api/v1/')) resolve(header);
        });
      });
      await logIn(page, '/verwijzingen', 'medewerker');
      const created = await page.request.post(`${BASE_URL}/api/v1/referrals`, {
        headers: { Authorization: /** @type {string} */ (await authorization) },
        data: {
          clientRef: 'e2e-verwijsblad', organisationId: 'al-anon', level: 'VERWIJZING', treatmentPhase: 'TREATMENT',
          route: 'DIRECT', inCarePlan: true, trialAgreed: true,
          followUpConsent: { topics: 'Of de cliënt naar de eerste bijeenkomst is geweest.', from: 'CLIENT' },
        },
      });
      assert.equal(created.status(), 201, await created.text());
      const { id } = await created.json();
      await page.goto(`${BASE_URL}/verwijzingen/${id}`);
      await page.getByRole('heading', { level: 1, name: 'Verwijzing van cliënt e2e-verwijsblad' }).waitFor();
      await page.getByRole('button', { name: 'Verwijsblad tonen' }).click();
      const sheet = page.frameLocator('iframe[title="Verwijsblad"]');
      await sheet.getByRole('heading', { level: 1 }).waitFor();
      // With the client's consent the sheet carries the QR code of a new check-in link, and the link in words.
      await sheet.locator('.qr svg').waitFor();
      await sheet.getByText(/\/check-in\//).waitFor();
      await checkPage(page, '97-verwijsblad');
    } finally {
      await context.close();
    }
  });
});
