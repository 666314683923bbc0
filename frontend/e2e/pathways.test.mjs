// "Wat kan ik nu doen?": phase and route → steps with sources, a checklist to tick, printable; axe on every state.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, checkPage, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

const browser = useBrowser();

describe('Wat kan ik nu doen?', { timeout: TEST_TIMEOUT * 2 }, () => {
  it('shows the steps for intake for naasten, with sources, and a checklist that is not stored', async () => {
    const { page, context, problems } = await browser.newPage();
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
    const { page, context, problems } = await browser.newPage();
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

  it('asks to log in on Mijn instelling', async () => {
    const { page, context, problems } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/instelling`);
      await page.getByRole('heading', { level: 1, name: 'Mijn instelling' }).waitFor();
      await page.getByText('Log in om de gegevens van uw instelling te zien.').waitFor();
      await checkPage(page, '24-mijn-instelling-uitgelogd');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('shows Mijn instelling to a logged-in coordinator: plan, self-assessment, survey; saves a step', async () => {
    const { page, context, problems } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/instelling`);
      await page.getByRole('button', { name: 'Inloggen' }).first().click();
      await page.locator('#username').waitFor();
      await page.locator('#username').fill(process.env.E2E_COORDINATOR || 'coordinator');
      await page.locator('#password').fill(process.env.E2E_COORDINATOR_PASSWORD || 'coordinator');
      await Promise.all([
        page.waitForURL((url) => url.origin === new URL(BASE_URL).origin && url.pathname === '/instelling'),
        page.locator('#password').press('Enter'),
      ]);
      await page.getByRole('heading', { level: 2, name: 'Stappenplan ‘Onbenutte mogelijkheden’' }).waitFor();
      await page.getByText(/van de 14 stappen klaar\./).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Zelfbeoordeling: adviezen van de pilot' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Vragenlijst medewerkers (Bijlage 4)' }).waitFor();

      const step = page.getByRole('article', { name: /^5\. / });
      await step.getByLabel('Status').selectOption({ label: 'Bezig' });
      await step.getByRole('button', { name: 'Opslaan' }).click();
      await step.getByText('Opgeslagen.').waitFor();
      await checkPage(page, '25-mijn-instelling-coordinator');
      // A tenant without a convenant yet answers 404 on GET /convenant, which Chromium logs as a failed resource.
      assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);
    } finally {
      await context.close();
    }
  });
});
