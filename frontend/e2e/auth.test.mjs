// A real login through Keycloak's own login page, then logout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, checkPage, screenshot, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

const USERNAME = process.env.E2E_USERNAME || 'medewerker';
const PASSWORD = process.env.E2E_PASSWORD || 'medewerker';

const browser = useBrowser();

describe('Inloggen', { timeout: TEST_TIMEOUT }, () => {
  it('logs in through Keycloak, shows name, role and instelling from /api/v1/me, then logs out', async () => {
    const { page, context } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/organisaties?audience=PARTNER`);
      await page.getByRole('heading', { level: 2, name: /gevonden$/ }).waitFor();

      await page.getByRole('button', { name: 'Inloggen' }).click();
      // Keycloak's login page (another origin).
      await page.locator('#username').waitFor();
      assert.notEqual(new URL(page.url()).origin, new URL(BASE_URL).origin, 'expected to be on Keycloak');
      await screenshot(page, '07-keycloak-login');
      await page.locator('#username').fill(USERNAME);
      await page.locator('#password').fill(PASSWORD);
      await Promise.all([
        page.waitForURL((url) => url.origin === new URL(BASE_URL).origin),
        page.locator('#password').press('Enter'),
      ]);

      // Back on the page we came from, without ?code=… in the address.
      const header = page.locator('header');
      await header.getByText('Mila Medewerker').waitFor();
      await page.waitForURL((url) => !url.searchParams.has('code') && !url.searchParams.has('state'));
      const url = new URL(page.url());
      assert.equal(url.pathname, '/organisaties');
      assert.equal(url.searchParams.get('audience'), 'PARTNER');

      await header.getByText('Medewerker', { exact: true }).waitFor();
      // The instelling comes from GET /api/v1/me: the backend accepted the token.
      await header.getByText('Instelling: Voorbeeldinstelling Verslavingszorg').waitFor();
      await page.getByRole('heading', { level: 2, name: /gevonden$/ }).waitFor();
      await checkPage(page, '08-ingelogd');

      await header.getByRole('button', { name: 'Uitloggen' }).click();
      // Keycloak may ask to confirm when it cannot match the session; accept that too.
      const loggedOut = page.getByRole('button', { name: 'Inloggen' });
      const confirm = page.locator('#kc-logout');
      await Promise.race([loggedOut.waitFor(), confirm.waitFor()]);
      if (await confirm.isVisible().catch(() => false)) await confirm.click();
      await loggedOut.waitFor();
      assert.equal(await header.getByText('Mila Medewerker').count(), 0);
      await checkPage(page, '09-uitgelogd');

      // Logged out for real: "Inloggen" leads to Keycloak's form again, not straight back in.
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.locator('#username').waitFor();
    } finally {
      await context.close();
    }
  });
});
