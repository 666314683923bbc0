// "Welke groep past?": the wizard, the explained advice from the real backend, and the print sheet.
// Logs in through Keycloak's login page (medewerker).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, checkPage, screenshot, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

const USERNAME = process.env.E2E_USERNAME || 'medewerker';
const PASSWORD = process.env.E2E_PASSWORD || 'medewerker';

const browser = useBrowser();

/** A page on /advies with a logged-in medewerker. */
async function loggedIn() {
  const opened = await browser.newPage();
  const { page } = opened;
  await page.goto(`${BASE_URL}/advies`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.locator('#username').fill(USERNAME);
  await page.locator('#password').fill(PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.origin === new URL(BASE_URL).origin && url.pathname === '/advies'),
    page.locator('#password').press('Enter'),
  ]);
  await page.getByRole('heading', { level: 1, name: 'Welke groep past?' }).waitFor();
  return opened;
}

// The time is the whole suite's (seven tests, each with a real login), not one test's: under load one test's time cut
// the last three off.
describe('Welke groep past?', { timeout: TEST_TIMEOUT * 7 }, () => {
  it('asks step by step, shows risk signals first and Al-Anon for the partner of a drinker, and prints a sheet', async () => {
    const { page, context } = await loggedIn();
    try {
      await page.getByText('Stap 1 van 6').waitFor();
      await checkPage(page, '20-advies-stap-1');
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByText('Kies voor wie de hulp is.').waitFor();
      await checkPage(page, '21-advies-fout');

      await page.getByLabel('De partner van iemand met een verslaving').check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByText('Stap 2 van 4').waitFor();
      await page.getByLabel('Alcohol').check();
      await page.getByLabel('Nederland').check();
      await checkPage(page, '22-advies-stap-2');
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByRole('heading', { name: 'Veiligheid eerst' }).waitFor();
      await page.getByLabel('Er wonen kinderen in huis').check();
      await page.getByLabel('Wil stoppen of minderen met veel alcohol').check();
      await checkPage(page, '23-advies-veiligheid');
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByRole('heading', { name: 'Hoe wilt u verwijzen?' }).waitFor();
      await page.getByRole('button', { name: 'Advies bekijken' }).click();

      await page.getByRole('heading', { level: 2, name: 'Het advies' }).waitFor();
      const risks = page.getByRole('heading', { name: 'Eerst dit: er is direct gevaar' });
      await risks.waitFor();
      const fits = page.getByRole('region', { name: /^Past nu/ });
      const firstGroup = fits.getByRole('article').first();
      assert.match((await firstGroup.getByRole('heading', { level: 3 }).textContent()) ?? '', /Al-Anon/);
      assert.match((await firstGroup.textContent()) ?? '', /Bron: Handleiding Onbenutte mogelijkheden/);
      // Risk signals come before any group.
      const riskY = (await risks.boundingBox())?.y ?? 0;
      const groupY = (await firstGroup.boundingBox())?.y ?? 0;
      assert.ok(riskY < groupY, 'risk signals must be shown above the groups');
      assert.equal(await page.title(), 'Advies: welke groep past? – Zelfhulpwijzer');
      await checkPage(page, '24-advies-resultaat');

      await page.emulateMedia({ media: 'print' });
      await page.getByRole('heading', { level: 1, name: 'Zelfhulp: deze groepen kunnen bij u passen' }).waitFor();
      assert.equal(await page.getByRole('heading', { level: 1, name: 'Welke groep past?' }).isVisible(), false);
      await page.locator('.zhw-print-sheet').getByText(/Telefoon: 024 3504145/).first().waitFor();
      await screenshot(page, '25-advies-afdruk');
      await page.emulateMedia({ media: 'screen' });
    } finally {
      await context.close();
    }
  });

  it('for a child under 18 of a drinker: Alateen first, the preference explained as an inference', async () => {
    const { page, context } = await loggedIn();
    try {
      await page.getByLabel('Een kind van iemand met een verslaving').check();
      await page.getByLabel('Hoe oud is wie om hulp vraagt?').selectOption({ label: 'Jonger dan 18' });
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByLabel('Alcohol').check();
      await page.getByLabel('Nederland').check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByRole('button', { name: 'Volgende' }).click(); // no risk signals
      await page.getByLabel('In welke taal wil de cliënt de bijeenkomsten?').selectOption({ label: 'Nederlands' });
      await page.getByLabel('Liever bijeenkomsten alleen voor vrouwen').waitFor();
      await page.getByRole('button', { name: 'Advies bekijken' }).click();

      const fits = page.getByRole('region', { name: /^Past nu/ });
      const firstGroup = fits.getByRole('article').first();
      await firstGroup.waitFor();
      assert.match((await firstGroup.getByRole('heading', { level: 3 }).textContent()) ?? '', /Alateen/);
      assert.match((await firstGroup.textContent()) ?? '', /\+2 Alateen is er voor kinderen van iemand die drinkt.*\(afleiding\)/s);
    } finally {
      await context.close();
    }
  });

  it('for a client on methadone: NA "past mogelijk", in consultation with the group', async () => {
    const { page, context } = await loggedIn();
    try {
      await page.getByLabel('De cliënt zelf').check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByLabel('Drugs').check();
      await page.getByLabel('Nederland').check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByRole('button', { name: 'Volgende' }).click(); // no risk signals
      await page.getByRole('heading', { name: 'Behandeling en wens' }).waitFor();
      await page.getByRole('group', { name: 'Wil de cliënt helemaal stoppen?' }).getByLabel('Ja').check();
      await checkPage(page, '26-advies-behandeling');
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByLabel('Methadon').check();
      await checkPage(page, '27-advies-situatie');
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByRole('button', { name: 'Advies bekijken' }).click();

      const mayFit = page.getByRole('region', { name: /^Past mogelijk/ });
      await mayFit.waitFor();
      const na = mayFit.getByRole('article').filter({ hasText: 'Narcotics Anonymous' });
      assert.match((await na.textContent()) ?? '', /in overleg met de groep/);
      assert.match((await na.textContent()) ?? '', /Methadon is geen reden om iemand uit te sluiten/);
      await checkPage(page, '28-advies-methadon');
    } finally {
      await context.close();
    }
  });

  // Issue 12: the advice states the level that fits now (002, Niveaus van integratie) before any group, with why and
  // the verbatim source, on a desktop and on a phone.
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    for (const { stage, level, quote } of [
      { stage: 'Denkt nog niet aan veranderen', level: 'voorlichting', quote: /voorbeschouwingsfase bevindt/ },
      { stage: undefined, level: 'verwijzing', quote: /het gericht verwijzen van een cliënt naar een zelfhulpgroep/ },
    ]) {
      it(`shows the recommended level first: ${level} (${viewport.width} px)`, async () => {
        const { page, context } = await loggedIn();
        try {
          await page.setViewportSize(viewport);
          await page.getByLabel('De cliënt zelf').check();
          await page.getByRole('button', { name: 'Volgende' }).click();
          await page.getByLabel('Alcohol').check();
          await page.getByLabel('Nederland').check();
          await page.getByRole('button', { name: 'Volgende' }).click();
          await page.getByRole('button', { name: 'Volgende' }).click(); // no risk signals
          await page.getByRole('heading', { name: 'Behandeling en wens' }).waitFor();
          await page.getByRole('group', { name: 'Wil de cliënt helemaal stoppen?' }).getByLabel('Ja').check();
          if (stage) await page.getByLabel('Waar staat de cliënt nu?').selectOption({ label: stage });
          await page.getByRole('button', { name: 'Volgende' }).click();
          await page.getByRole('button', { name: 'Volgende' }).click();
          await page.getByRole('button', { name: 'Advies bekijken' }).click();

          const levelHeading = page.getByRole('heading', { level: 2, name: `Advies nu: ${level}` });
          await levelHeading.waitFor();
          const levelSection = page.getByRole('region', { name: `Advies nu: ${level}` });
          assert.match((await levelSection.textContent()) ?? '', /Waarom dit niveau/);
          assert.match((await levelSection.textContent()) ?? '', quote);
          assert.match((await levelSection.textContent()) ?? '', /Bron: Handleiding Onbenutte mogelijkheden/);
          // The level comes before the first group.
          const firstGroup = page.getByRole('article').first();
          await firstGroup.waitFor();
          const levelY = (await levelHeading.boundingBox())?.y ?? Infinity;
          const groupY = (await firstGroup.boundingBox())?.y ?? -1;
          assert.ok(levelY < groupY, `the level (${levelY}) must come before the groups (${groupY})`);
          const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
          assert.ok(scroll <= width, `the page is ${scroll}px wide on a ${width}px screen`);
          await checkPage(page, `29-advies-niveau-${level}-${viewport.width}`);
        } finally {
          await context.close();
        }
      });
    }
  }
});
