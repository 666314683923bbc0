// Lighthouse (performance, accessibility) on the production web client with Debian's Chromium.
// Pages that need a role are audited in the same tab after a real Keycloak login, with storage kept.
// Usage: node audit.mjs <base-url> <report-dir>; prints a Markdown table and fails below the goals.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const [baseUrl = 'http://localhost:5174', reportDir = 'reports'] = process.argv.slice(2);
const GOALS = { performance: 90, accessibility: 100 };
const PAGES = [
  { name: 'Groep vinden', path: '/bijeenkomsten' },
  { name: 'Advies (stap 1)', path: '/advies' },
  { name: 'Werklijst verwijzingen', path: '/verwijzingen', user: 'medewerker' },
];

async function logIn(page, user) {
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle0' });
  const [login] = await page.$$('xpath/.//header//button[normalize-space()="Inloggen"]');
  await Promise.all([page.waitForNavigation(), login.click()]);
  await page.type('#username', user);
  await page.type('#password', user);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
  await page.waitForFunction((origin) => location.origin === origin && !location.search.includes('code='), {}, new URL(baseUrl).origin);
}

const browser = await puppeteer.launch({
  executablePath: process.env.LIGHTHOUSE_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
mkdirSync(reportDir, { recursive: true });
const rows = [];
try {
  for (const target of PAGES) {
    const page = await browser.newPage();
    if (target.user) await logIn(page, target.user);
    // Lighthouse's default: a mobile device with throttled network and CPU.
    const result = await lighthouse(`${baseUrl}${target.path}`, {
      onlyCategories: ['performance', 'accessibility'],
      disableStorageReset: Boolean(target.user),
      output: 'html',
      logLevel: 'error',
    }, undefined, page);
    const { categories, audits } = result.lhr;
    const file = `${target.path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.html`;
    writeFileSync(join(reportDir, file), result.report);
    rows.push({
      ...target,
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      lcp: audits['largest-contentful-paint'].displayValue,
      tbt: audits['total-blocking-time'].displayValue,
      finalUrl: result.lhr.finalDisplayedUrl,
    });
    await page.close();
  }
} finally {
  await browser.close();
}

console.log('| page | performance | accessibility | LCP | TBT | audited URL |\n| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.name} | ${r.performance} | ${r.accessibility} | ${r.lcp} | ${r.tbt} | ${r.finalUrl} |`);
const failed = rows.filter((r) => r.performance < GOALS.performance || r.accessibility < GOALS.accessibility);
if (failed.length > 0) {
  console.error(`Below the goals (performance ≥ ${GOALS.performance}, accessibility = ${GOALS.accessibility}): ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
