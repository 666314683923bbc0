// "Wat kan ik nu doen?": phase and route → steps with sources, a checklist to tick, printable; axe on every state.
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

describe('Wat kan ik nu doen?', { timeout: TEST_TIMEOUT }, () => {
  it('shows the steps for intake for naasten, with sources, and a checklist that is not stored', async () => {
    const { page, context, problems } = await newPage(browser);
    try {
      await page.goto(`${BASE_URL}/`);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wat kan ik nu doen?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Wat kan ik nu doen?' }).waitFor();
      await checkPage(page, '20-wat-kan-ik-doen-leeg');

      // Without a phase the form says what is missing.
      await page.getByRole('button', { name: 'Toon wat u kunt doen' }).click();
      await page.getByText('Kies eerst een fase.').waitFor();
      await checkPage(page, '21-wat-kan-ik-doen-fout');

      await page.getByLabel('Fase van de behandeling').selectOption({ label: 'Intake' });
      await page.getByLabel('Voor wie').selectOption({ label: 'Naasten en familie' });
      await page.getByRole('button', { name: 'Toon wat u kunt doen' }).click();
      await page.getByRole('heading', { level: 2, name: /voor de fase ‘Intake’$/ }).waitFor();
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('fase'), 'INTAKE');
      assert.equal(url.searchParams.get('route'), 'NAASTEN');
      assert.ok((await page.getByRole('article').count()) >= 1);
      assert.ok((await page.getByText(/^Bron: /).count()) >= 1, 'every step shows its source');

      const box = page.getByRole('checkbox').first();
      await box.check();
      assert.equal(await box.isChecked(), true);
      await page.getByText(/^1 van \d+ punt(en)? afgevinkt/).waitFor();
      const stored = await page.evaluate(() => sessionStorage.length + localStorage.length);
      assert.equal(stored, 0, 'ticks are not stored');
      await checkPage(page, '22-wat-kan-ik-doen-intake-naasten');

      // The print style leaves out menu and form.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
      await page.emulateMedia({ media: 'screen' });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('shows the core moment of referral with criteria, and barriers with answers', async () => {
    const { page, context, problems } = await newPage(browser);
    try {
      await page.goto(`${BASE_URL}/wat-kan-ik-doen?fase=INDICATIEADVIES_BEHANDELPLAN&route=GENERAL`);
      await page.getByRole('heading', { level: 3, name: 'Indicatieadvies en behandelplan: het kernmoment' }).waitFor();
      await page.getByText(/Absoluut criterium/).first().waitFor();
      await page.getByText(/Drempels en tips voor dit zorgpad/).click();
      await page.getByText(/zwart gat/).first().waitFor();
      await checkPage(page, '23-wat-kan-ik-doen-kernmoment');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
