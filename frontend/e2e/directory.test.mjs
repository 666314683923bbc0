// Search, filter and detail pages of the directory ("Organisaties zoeken").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, checkPage, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

const browser = useBrowser();

/**
 * The number in "17 organisaties gevonden".
 * @param {import('playwright-core').Page} page
 */
async function resultCount(page) {
  const heading = page.getByRole('heading', { level: 2, name: /gevonden$/ });
  await heading.waitFor();
  const text = (await heading.textContent()) ?? '';
  if (text.startsWith('Geen')) return 0;
  return Number(text.match(/^(\d+)/)?.[1]);
}

describe('Organisaties zoeken', { timeout: TEST_TIMEOUT }, () => {
  it('lists organisations, and filtering on doelgroep "Partner" narrows the list and goes in the URL', async () => {
    const { page, context } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/`);
      await page.getByRole('heading', { level: 1, name: 'Organisaties zoeken' }).waitFor();
      const all = await resultCount(page);
      assert.ok(all > 1, `expected several organisations, got ${all}`);
      assert.equal(await page.getByRole('article').count(), Math.min(all, 20));
      assert.match((await page.getByRole('article').first().textContent()) ?? '', /Gegevens gecontroleerd in \d{4}/);
      assert.equal(await page.title(), 'Organisaties zoeken – Zelfhulpwijzer');
      await checkPage(page, '01-zoeken');

      await page.getByLabel('Doelgroep').selectOption({ label: 'Partner' });
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL(/[?&]audience=PARTNER(&|$)/);
      await page.getByRole('heading', { level: 2, name: /gevonden$/ }).waitFor();
      // Wait until the new results are in (the count changes).
      await page.waitForFunction(
        (before) => !document.querySelector('h2#zhw-results-heading')?.textContent?.startsWith(String(before)),
        all,
      );
      const partners = await resultCount(page);
      assert.ok(partners > 0 && partners < all, `expected fewer than ${all} results for Partner, got ${partners}`);
      await page.getByRole('link', { name: /Al-Anon/ }).first().waitFor();
      assert.equal(new URL(page.url()).searchParams.get('audience'), 'PARTNER');
      await checkPage(page, '02-zoeken-partner');

      // The filter survives a reload (the URL is shareable) and the back button goes to the full list.
      await page.reload();
      assert.equal(await page.getByLabel('Doelgroep').inputValue(), 'PARTNER');
      assert.equal(await resultCount(page), partners);
      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has('audience'));
      await page.waitForFunction(
        (expected) => document.querySelector('h2#zhw-results-heading')?.textContent?.startsWith(String(expected)),
        all,
      );
    } finally {
      await context.close();
    }
  });

  it('shows the detail page of aa-nederland with contact points and the source', async () => {
    const { page, context } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/organisaties/aa-nederland`);
      const title = page.getByRole('heading', { level: 1 });
      await title.waitFor();
      assert.match((await title.textContent()) ?? '', /Anonieme Alcoholisten/);
      assert.match(await page.title(), /Anonieme Alcoholisten.* – Zelfhulpwijzer/);

      const contact = page.getByRole('region', { name: 'Contact' });
      await contact.waitFor();
      const tel = contact.locator('a[href^="tel:"]');
      assert.ok((await tel.count()) > 0, 'expected a phone number as tel: link');
      assert.ok((await contact.locator('a[href^="mailto:"]').count()) > 0, 'expected an e-mail address as mailto: link');
      assert.ok((await contact.getByRole('heading', { name: /Postadres|Bezoekadres/ }).count()) > 0, 'expected an address');

      const source = page.getByRole('region', { name: 'Bron en controle' });
      assert.match((await source.textContent()) ?? '', /Bron: 002_e30f9ceb731b810b\.txt, Bijlage 3/);
      assert.match((await source.textContent()) ?? '', /Gegevens gecontroleerd in \d{4}/);
      assert.match(
        (await page.getByRole('note').first().textContent()) ?? '',
        /Deze gegevens zijn oud \(uit \d{4}\)\. Controleer ze voordat u ze aan een cliënt geeft\./,
      );
      await checkPage(page, '03-organisatie-aa-nederland');
    } finally {
      await context.close();
    }
  });

  it('shows "Organisatie niet gevonden" for an unknown organisation', async () => {
    const { page, context } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/organisaties/bestaat-niet-${Date.now()}`);
      await page.getByRole('heading', { level: 1, name: 'Organisatie niet gevonden' }).waitFor();
      assert.equal(await page.title(), 'Organisatie niet gevonden – Zelfhulpwijzer');
      await checkPage(page, '04-organisatie-niet-gevonden');
    } finally {
      await context.close();
    }
  });

  it('shows the Dutch 404 page for an unknown address', async () => {
    const { page, context } = await browser.newPage();
    try {
      const response = await page.goto(`${BASE_URL}/deze/pagina/bestaat/niet`);
      assert.ok(response?.ok(), `the web server should serve the app for unknown paths, got ${response?.status()}`);
      await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
      assert.equal(await page.title(), 'Pagina niet gevonden – Zelfhulpwijzer');
      await page.getByRole('link', { name: 'Naar Organisaties zoeken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Organisaties zoeken' }).waitFor();
      await page.goBack();
      await checkPage(page, '05-pagina-niet-gevonden');
    } finally {
      await context.close();
    }
  });
});
