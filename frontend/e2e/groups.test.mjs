// The group finder ("Groep zoeken") and a group page, with axe checks. Needs groups in the database: in the
// real seed there are none, so with an empty list only the empty state is checked.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { BASE_URL, checkPage, launchBrowser, newPage, TEST_TIMEOUT } from './support/browser.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('Groep zoeken', { timeout: TEST_TIMEOUT }, () => {
  it('lists meetings of all days, opens a group, and the pages have no axe violations', async () => {
    const { page, context } = await newPage(browser);
    try {
      await page.goto(`${BASE_URL}/groepen?day=all`);
      await page.getByRole('heading', { level: 1, name: 'Groep zoeken' }).waitFor();
      const count = page.getByRole('heading', { level: 2, name: /gevonden$/ });
      await count.waitFor();
      assert.equal(await page.title(), 'Groep zoeken – Zelfhulpwijzer');
      assert.equal(await page.getByLabel('Dag', { exact: true }).inputValue(), 'all');
      await checkPage(page, '20-groepen');
      if (((await count.textContent()) ?? '').startsWith('Geen')) return;

      await page.getByRole('article').first().getByRole('link').click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Bijeenkomsten' }).waitFor();
      assert.ok((await page.getByRole('link', { name: /Zet in agenda/ }).count()) > 0);
      await checkPage(page, '21-groep');

      await page.getByLabel('Wat klopt er niet?').selectOption({ label: 'De dag of tijd klopt niet' });
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      await page.getByText('Dank u. Een coördinator kijkt naar uw melding.').waitFor();
    } finally {
      await context.close();
    }
  });
});
