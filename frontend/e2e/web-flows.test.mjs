// The flows of issue 13 as people use them, at desktop width and on a phone (390 px): the group finder around a
// place or postcode, the collapsed menu and folded filters, and the advice that survives Back.
// Needs the running stack with demo groups (ZHW_DEMO_DATA_GROUPS=200) and Keycloak's medewerker.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, checkPage, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

const USERNAME = process.env.E2E_USERNAME || 'medewerker';
const PASSWORD = process.env.E2E_PASSWORD || 'medewerker';
const PHONE = { width: 390, height: 844 };

const browser = useBrowser();

/** @param {import('playwright-core').Page} page */
async function assertNoSidewaysScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `the page is ${scroll}px wide on a ${width}px screen`);
}

/** The distances on the result cards, in order ("Afstand 3,2 km"). @param {import('playwright-core').Page} page */
async function distances(page) {
  const texts = await page.getByRole('article').allTextContents();
  return texts.map((t) => Number(t.match(/Afstand(\d+,\d) km/)?.[1].replace(',', '.')));
}

describe('Issue 13 flows', { timeout: TEST_TIMEOUT }, () => {
  for (const place of ['Utrecht', 'Zeist', 'Nieuwegein', '3511']) {
    it(`finds groups around ${place}, nearest first`, async () => {
      const { page, context } = await browser.newPage();
      try {
        await page.goto(`${BASE_URL}/bijeenkomsten?day=all`);
        await page.getByLabel('Plaats of postcode').fill(place);
        await page.getByRole('button', { name: 'Zoeken' }).click();
        await page.waitForURL(/near=/);
        await page.getByRole('heading', { level: 2, name: new RegExp(`binnen 25 km van ${place}$`) }).waitFor();
        const found = await distances(page);
        assert.ok(found.length > 0, `expected groups around ${place}`);
        assert.ok(found.every((d) => Number.isFinite(d) && d <= 25), `all within 25 km: ${found}`);
        assert.deepEqual([...found].sort((a, b) => a - b), found, 'nearest first');
        if (place === 'Utrecht') await checkPage(page, '130-finder-utrecht');
      } finally {
        await context.close();
      }
    });
  }

  it('on a phone: the menu collapses, filters fold away, "nu bezig" comes after the search, nothing scrolls sideways', async () => {
    const { page, context } = await browser.newPage();
    try {
      await page.setViewportSize(PHONE);
      await page.goto(`${BASE_URL}/bijeenkomsten`);
      await page.getByRole('heading', { level: 1, name: 'Groep vinden' }).waitFor();
      const menu = page.getByRole('button', { name: 'Menu' });
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      assert.equal(await nav.getByRole('link', { name: 'Organisaties zoeken' }).isVisible(), false);
      assert.equal(await nav.getByRole('link', { name: 'Mijn instelling' }).count(), 0, 'the public never sees Mijn instelling');
      assert.equal(await page.getByLabel('Tijd van de dag').isVisible(), false, 'the other filters are folded');
      await page.getByRole('heading', { level: 2, name: /gevonden vandaag/ }).waitFor();
      const banner = page.getByRole('region', { name: /^Nu bezig/ });
      if (await banner.count()) {
        const searchY = (await page.getByRole('search').boundingBox())?.y ?? 0;
        assert.ok(searchY < ((await banner.boundingBox())?.y ?? 0), '"Nu bezig" comes after the filters');
      }
      await assertNoSidewaysScroll(page);
      await checkPage(page, '131-finder-telefoon');

      await menu.click();
      await nav.getByRole('link', { name: 'Organisaties zoeken' }).waitFor();
      await page.getByText('Meer filters').click();
      await page.getByLabel('Tijd van de dag').waitFor();
      await checkPage(page, '132-finder-telefoon-menu-filters');

      await page.getByLabel('Plaats of postcode').fill('Utrecht');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL(/near=Utrecht/);
      await page.getByRole('article').first().getByRole('link').first().click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByText('Stuur de gegevens naar een cliënt').waitFor();
      const mail = await page.getByRole('link', { name: 'per e-mail' }).getAttribute('href');
      assert.match(mail ?? '', /^mailto:\?subject=Zelfhulpgroep/);
      assert.match((await page.getByRole('link', { name: 'als sms' }).getAttribute('href')) ?? '', /^sms:\?body=Hallo/);
      await assertNoSidewaysScroll(page);
      await checkPage(page, '133-bijeenkomst-telefoon');
    } finally {
      await context.close();
    }
  });

  for (const viewport of [null, PHONE]) {
    it(`keeps the advice with the client's place when the worker opens a group and goes Back (${viewport ? '390 px' : 'desktop'})`, async () => {
      const { page, context } = await browser.newPage();
      try {
        if (viewport) await page.setViewportSize(viewport);
        await page.goto(`${BASE_URL}/advies`);
        await page.getByRole('button', { name: 'Inloggen' }).click();
        await page.locator('#username').fill(USERNAME);
        await page.locator('#password').fill(PASSWORD);
        await Promise.all([
          page.waitForURL((url) => url.origin === new URL(BASE_URL).origin && url.pathname === '/advies'),
          page.locator('#password').press('Enter'),
        ]);
        await page.getByLabel('De partner van iemand met een verslaving').check();
        await page.getByRole('button', { name: 'Volgende' }).click();
        await page.getByLabel('Alcohol').check();
        await page.getByLabel('Woonplaats of postcode van de cliënt').fill('Utrecht');
        await page.getByRole('button', { name: 'Volgende' }).click();
        await page.getByRole('button', { name: 'Volgende' }).click();
        await page.getByRole('button', { name: 'Advies bekijken' }).click();
        await page.getByRole('heading', { level: 2, name: 'Het advies' }).waitFor();
        await checkPage(page, viewport ? '134-advies-telefoon' : '134-advies');

        const first = page.getByRole('region', { name: /^Past nu/ }).getByRole('article').first();
        await first.getByLabel('Op het blad voor de cliënt').uncheck();
        await first.getByRole('heading', { level: 3 }).getByRole('link').click();
        await page.waitForURL(/\/organisaties\//);
        await page.goBack();
        await page.getByRole('heading', { level: 2, name: 'Het advies' }).waitFor();
        await page.getByRole('button', { name: 'Antwoorden aanpassen' }).click();
        await page.getByRole('button', { name: 'Vorige' }).click();
        await page.getByRole('button', { name: 'Vorige' }).click();
        assert.equal(await page.getByLabel('Woonplaats of postcode van de cliënt').inputValue(), 'Utrecht');
        assert.ok(await page.getByLabel('Alcohol').isChecked());
        if (viewport) await assertNoSidewaysScroll(page);
      } finally {
        await context.close();
      }
    });
  }
});
