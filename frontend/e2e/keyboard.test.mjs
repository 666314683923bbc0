// Keyboard use: the skip link comes first and moves focus to the main content.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, checkPage, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

const browser = useBrowser();

describe('Toetsenbord', { timeout: TEST_TIMEOUT }, () => {
  it('reaches the skip link first with Tab, and Enter moves focus to main', async () => {
    const { page, context } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/`);
      await page.getByRole('heading', { level: 2, name: /gevonden$/ }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');

      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement;
        return { text: el?.textContent?.trim(), href: el?.getAttribute('href') };
      });
      assert.deepEqual(first, { text: 'Naar de inhoud', href: '#main' });
      // The focused skip link is visible.
      const box = await page.locator(':focus').boundingBox();
      assert.ok(box && box.width > 20 && box.height > 10, 'the skip link should be visible when it has focus');
      await checkPage(page, '06-skiplink-focus');

      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');

      // The next Tab goes to the first control inside main, not back to the header.
      await page.keyboard.press('Tab');
      assert.ok(
        await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement)),
        'after the skip link, Tab should stay inside main',
      );
    } finally {
      await context.close();
    }
  });
});
