// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, axe checks
// and screenshots. The tests run against a RUNNING stack (web client, backend, Keycloak).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';

import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL || 'http://localhost:5173').replace(/\/$/, '');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

/**
 * Time for one test (a real Keycloak login included). A suite's timeout (node:test's `describe`) covers all its tests,
 * so a suite gets about one TEST_TIMEOUT per three tests: a loaded CI machine made an eight-test suite miss 90 s.
 */
export const TEST_TIMEOUT = 90_000;

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    // launch() uses a fresh temporary profile.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A new page in a fresh context (no cookies, no session storage), Dutch locale.
 * @param {import('playwright-core').Browser} browser
 */
export async function newPage(browser) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  return { context, page, problems };
}

/**
 * Runs axe (WCAG 2.0/2.1 A and AA) on the page and fails on any violation, listing them all.
 * @param {import('playwright-core').Page} page
 * @param {string} name what page this is, for the report
 */
export async function expectNoAxeViolations(page, name) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  if (results.violations.length > 0) {
    const report = results.violations
      .map((v) => {
        const nodes = v.nodes.map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n');
        return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
      })
      .join('\n');
    console.log(`axe violations on ${name} (${page.url()}):\n${report}`);
  }
  assert.equal(results.violations.length, 0, `axe found ${results.violations.length} violation(s) on ${name}`);
}

/**
 * Saves a full-page screenshot to e2e/screenshots/<name>.png so people can look.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Every page visited gets an axe check and a screenshot.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function checkPage(page, name) {
  await screenshot(page, name);
  await expectNoAxeViolations(page, name);
}

/**
 * One headless Chromium per test file: started before its tests and closed after them.
 * `browser.newPage()` gives a fresh context and page, as `newPage` does.
 */
export function useBrowser() {
  /** @type {{ browser?: import('playwright-core').Browser }} */
  const holder = {};
  before(async () => {
    holder.browser = await launchBrowser();
  });
  after(async () => {
    await holder.browser?.close();
  });
  return { newPage: () => newPage(/** @type {import('playwright-core').Browser} */ (holder.browser)) };
}

/**
 * Logs in through Keycloak's own form with the header's "Inloggen" on `path`, and waits until the app is back
 * (the ?code=… of the redirect gone). The demo users' password is their user name.
 * @param {import('playwright-core').Page} page
 * @param {string} path
 * @param {string} user
 */
export async function logIn(page, path, user) {
  await page.goto(`${BASE_URL}${path}`);
  const banner = page.getByRole('banner');
  // On a phone the header is the same; only the main menu is folded.
  await banner.getByRole('button', { name: 'Inloggen' }).click();
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(user);
  await Promise.all([
    page.waitForURL((url) => url.origin === new URL(BASE_URL).origin && !url.search.includes('code=')),
    page.locator('#password').press('Enter'),
  ]);
}
