// Nothing moves once a logged-in page is drawn: the header's user part (name, role, institution from /me) arrives
// after the first paint and must not push the page down. Measured as the browser measures it (layout-shift entries
// of a PerformanceObserver, summed as CLS, shifts right after input left out) with the CPU slowed down 4 times, as
// Lighthouse does, on the care worker's start page at 1280 and 390 px: right after the login and after a reload.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

/** Google's "good" CLS. */
const CLS_LIMIT = 0.1;
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

const browser = useBrowser();

/** Runs in every document of the page: sums the layout shifts of that document, with the elements that moved. */
function observeLayoutShifts() {
  /** @type {{ value: number, sources: string[] }[]} */
  const shifts = [];
  Object.assign(window, { zhwLayoutShifts: shifts });
  new PerformanceObserver((list) => {
    for (const entry of /** @type {any[]} */ (list.getEntries())) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((/** @type {any} */ s) => {
        const node = s.node;
        return node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : String(node?.nodeName);
      });
      shifts.push({ value: entry.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Waits until the start page is complete (the institution's name from /me in the header, the worklist answered)
 * and returns its summed layout shift.
 * @param {import('playwright-core').Page} page
 */
async function settledLayoutShift(page) {
  await page.getByRole('banner').getByText(/^Instelling: /).waitFor();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  // Let the last frames be drawn and reported.
  await page.waitForTimeout(1000);
  const shifts = /** @type {{ value: number, sources: string[] }[]} */ (await page.evaluate(() => /** @type {any} */ (window).zhwLayoutShifts));
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  return { total, shifts };
}

describe('Layout shift after login', { timeout: TEST_TIMEOUT * 3 }, () => {
  for (const viewport of VIEWPORTS) {
    it(`the care worker's start page does not move at ${viewport.width} px (CLS < ${CLS_LIMIT}, CPU 4x slower)`, async () => {
      const { page, context } = await browser.newPage();
      try {
        await page.setViewportSize(viewport);
        await page.addInitScript(observeLayoutShifts);
        await page.goto(`${BASE_URL}/`);
        await page.getByRole('banner').getByRole('button', { name: 'Inloggen' }).click();
        await page.locator('#username').fill('medewerker');
        await page.locator('#password').fill('medewerker');
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await Promise.all([
          page.waitForURL((url) => url.origin === new URL(BASE_URL).origin && url.pathname === '/verwijzingen'),
          page.locator('#password').press('Enter'),
        ]);
        const afterLogin = await settledLayoutShift(page);

        await page.reload();
        const afterReload = await settledLayoutShift(page);

        for (const [when, { total, shifts }] of Object.entries({ afterLogin, afterReload })) {
          console.log(`CLS ${viewport.width} px ${when}: ${total.toFixed(4)} ${JSON.stringify(shifts)}`);
          assert.ok(total < CLS_LIMIT, `CLS ${total.toFixed(3)} at ${viewport.width} px ${when}: ${JSON.stringify(shifts)}`);
        }
      } finally {
        await context.close();
      }
    });
  }
});
