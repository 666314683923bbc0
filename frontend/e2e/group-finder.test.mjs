// The public group finder ("Groep vinden"): today's groups, filters, "nu bezig", paging by group, the map of all
// results, a group's page and a meeting's page with agenda file, and the printable waiting-room list, at desktop
// width and on a phone (390 px). Needs a backend with demo groups (ZHW_DEMO_DATA_GROUPS=200).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { BASE_URL, checkPage, screenshot, TEST_TIMEOUT, useBrowser } from './support/browser.mjs';

const browser = useBrowser();
const PHONE = { width: 390, height: 844 };

/** @param {import('playwright-core').Page} page */
async function assertNoSidewaysScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `the page is ${scroll}px wide on a ${width}px screen`);
}

/** The group pages the result cards link to, in order. @param {import('playwright-core').Page} page */
async function cardGroups(page) {
  return page.locator('article.zhw-meeting-card h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

/**
 * The number in "17 groepen gevonden vandaag".
 * @param {import('playwright-core').Page} page
 */
async function resultCount(page) {
  const heading = page.locator('h2#zhw-meetings-heading');
  await heading.waitFor();
  const text = (await heading.textContent()) ?? '';
  if (text.startsWith('Geen')) return 0;
  return Number(text.match(/^(\d+)/)?.[1]);
}

/** ISO day (1 = maandag) in Amsterdam now. */
function todayInAmsterdam() {
  const weekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', weekday: 'short' }).format(new Date());
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday) + 1;
}

describe('Groep vinden', { timeout: TEST_TIMEOUT * 3 }, () => {
  it("shows today's meetings by default, marks demo groups, and filters through the URL", async () => {
    const { page, context } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/bijeenkomsten`);
      await page.getByRole('heading', { level: 1, name: 'Groep vinden' }).waitFor();
      await page.getByRole('heading', { level: 2, name: /gevonden vandaag$/ }).waitFor();
      const today = await resultCount(page);
      assert.ok(today > 0, `expected meetings today with 200 demo groups, got ${today}`);
      assert.equal(await page.getByLabel('Dag', { exact: true }).inputValue(), 'today');

      // The count equals what the API says for today's day number.
      const api = await page.request.get(`${BASE_URL}/api/v1/meeting-groups?day=${todayInAmsterdam()}&size=1`);
      assert.equal((await api.json()).totalItems, today);

      // Demo groups carry a visible label.
      const firstCard = page.getByRole('article').first();
      assert.match((await firstCard.textContent()) ?? '', /Voorbeeldgegevens/);
      assert.ok(await firstCard.locator('.zhw-demo-label').isVisible(), 'the demo label is visible');
      await checkPage(page, 'finder-01-vandaag');

      await page.getByLabel('Dag', { exact: true }).selectOption('all');
      await page.getByLabel('Tijd van de dag').selectOption('EVENING');
      await page.getByLabel('Op locatie of online').selectOption('IN_PERSON');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL(/time_of_day=EVENING/);
      await page.getByRole('heading', { level: 2, name: /gevonden op alle dagen$/ }).waitFor();
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('day'), 'all');
      assert.equal(url.searchParams.get('attendance'), 'IN_PERSON');
      const evening = await resultCount(page);
      const all = (await (await page.request.get(`${BASE_URL}/api/v1/meeting-groups?size=1`)).json()).totalItems;
      assert.ok(evening > 0 && evening < all, `expected fewer groups in the evening (${evening}) than all (${all})`);
      await checkPage(page, 'finder-02-avond-op-locatie');

      // The filters survive a reload.
      await page.reload();
      assert.equal(await page.getByLabel('Tijd van de dag').inputValue(), 'EVENING');
      assert.equal(await resultCount(page), evening);
    } finally {
      await context.close();
    }
  });

  it('shows the "nu bezig" banner exactly when meetings are going on now', async () => {
    const { page, context } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/bijeenkomsten`);
      await page.getByRole('heading', { level: 2, name: /gevonden vandaag$/ }).waitFor();
      // The same questions the banner asks: today, and before 04:00 also yesterday's night meetings.
      const today = todayInAmsterdam();
      const queries = [`day=${today}`];
      const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
      if (hour < 4) queries.push(`day=${today === 1 ? 7 : today - 1}&time_of_day=NIGHT`);
      const slugs = new Set();
      for (const query of queries) {
        for (let p = 1; p <= 3; p++) {
          const body = await (await page.request.get(`${BASE_URL}/api/v1/meetings?${query}&size=100&page=${p}`)).json();
          for (const m of body.items) if (m.inProgress) slugs.add(m.slug);
          if (p >= body.totalPages) break;
        }
      }
      const inProgress = slugs.size;
      const banner = page.getByRole('region', { name: /^Nu bezig/ });
      if (inProgress > 0) {
        await banner.waitFor();
        assert.match((await banner.textContent()) ?? '', new RegExp(`Nu bezig: ${inProgress} bijeenkomst`));
        await checkPage(page, 'finder-03-nu-bezig');
      } else {
        await page.waitForTimeout(1000);
        assert.equal(await banner.count(), 0, 'no banner when nothing is going on');
        // Nothing is going on now: let the browser mark today's first meeting as in progress, to
        // check how the banner looks and that it passes axe.
        // One meeting, also when the banner asks again or asks for yesterday's night too.
        /** @type {string | undefined} */
        let markedSlug;
        await page.route(/\/api\/v1\/meetings\?.*size=100/, async (route) => {
          const response = await route.fetch();
          const body = await response.json();
          markedSlug ??= body.items[0]?.slug;
          for (const m of body.items) if (m.slug === markedSlug) m.inProgress = true;
          await route.fulfill({ response, json: body });
        });
        await page.reload();
        await banner.waitFor();
        assert.match((await banner.textContent()) ?? '', /Nu bezig: 1 bijeenkomst/);
        await checkPage(page, 'finder-03-nu-bezig');
      }
    } finally {
      await context.close();
    }
  });

  it("opens a meeting's page from its group's page, with agenda file, route and the demo warning", async () => {
    const { page, context } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/bijeenkomsten?day=all&attendance=IN_PERSON`);
      const card = page.getByRole('article').first();
      const link = card.getByRole('link').first();
      await link.waitFor();
      const isDemo = (await card.locator('.zhw-demo-label').count()) > 0;
      await link.click();
      await page.waitForURL(/\/groepen\/[a-z0-9-]+$/);
      const meetingLink = page.getByRole('region', { name: 'Wanneer en waar' }).getByRole('link').first();
      await meetingLink.click();
      await page.waitForURL(/\/bijeenkomsten\/[a-z0-9-]+$/);
      // The address changes before the meeting's page replaces the group's: wait for a link only that page has, so
      // the heading and the warning below are the meeting's.
      const agenda = page.getByRole('link', { name: 'Zet in agenda' });
      await agenda.waitFor();
      const name = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
      assert.equal(await page.title(), `${name} – Zelfhulpwijzer`);
      // A demo group says so on its page (ZHW_DEMO_DATA_GROUPS makes only demo groups).
      if (isDemo) assert.ok(await page.getByText(/Deze groep en bijeenkomst zijn verzonnen/).isVisible());

      const href = (await agenda.getAttribute('href')) ?? '';
      assert.match(href, /^\/api\/v1\/meetings\/[a-z0-9-]+\/ics$/);
      const ics = await page.request.get(`${BASE_URL}${href}`);
      assert.equal(ics.status(), 200);
      assert.match(ics.headers()['content-type'] ?? '', /text\/calendar/);
      assert.match(await ics.text(), /BEGIN:VCALENDAR[\s\S]*RRULE:FREQ=/);
      assert.ok((await page.getByRole('button', { name: 'Afdrukken' }).count()) === 1);
      assert.ok((await page.getByRole('button', { name: 'Delen' }).count()) === 1);
      // Demo groups always have a phone number; the group's contact is loaded after the meeting.
      if (isDemo) await page.getByRole('region', { name: 'Contact' }).waitFor();
      else await page.waitForLoadState('networkidle');
      await checkPage(page, 'finder-04-bijeenkomst');

      // Back twice: the group's page, then the search with its filters.
      await page.goBack();
      await page.waitForURL(/\/groepen\/[a-z0-9-]+$/);
      await page.goBack();
      await page.waitForURL(/\/bijeenkomsten\?day=all&attendance=IN_PERSON$/);
    } finally {
      await context.close();
    }
  });

  it('shows a map of all results (not one page) whose points lead to the groups, also when the tiles cannot load', async () => {
    const { page, context } = await browser.newPage();
    try {
      // No tile server is reachable in the test environment: tiles fail, points must still work.
      await page.goto(`${BASE_URL}/bijeenkomsten?day=all&place=Utrecht`);
      await page.getByRole('heading', { level: 2, name: /gevonden op alle dagen$/ }).waitFor();
      const listed = await resultCount(page);
      await page.getByRole('navigation', { name: 'Weergave' }).getByRole('link', { name: 'Kaart' }).click();
      await page.waitForURL(/view=kaart/);
      await page.getByRole('region', { name: 'Kaart met groepen' }).waitFor();
      const markers = page.locator('.zhw-map-marker');
      await markers.first().waitFor();
      // The map counts every group of the list, on all its pages.
      const count = ((await page.locator('.zhw-map__count').textContent()) ?? '').match(/Op de kaart: (\d+) van de (\d+) groep/);
      assert.ok(count, 'the map says how many groups it shows');
      assert.equal(Number(count[2]), listed, 'map count = result count');
      const map = await (await page.request.get(`${BASE_URL}/api/v1/meeting-map?place=Utrecht`)).json();
      assert.equal(await markers.count(), map.points.length, 'one marker per group and address');
      assert.equal(new Set(map.points.map((/** @type {{group: string}} */ p) => p.group)).size, Number(count[1]));
      await checkPage(page, 'finder-08-kaart');
      // Points of one place can overlap, so a click at the point's position could hit the neighbour on top:
      // send the click to the point itself.
      await markers.first().dispatchEvent('click');
      const popupLink = page.locator('.leaflet-popup a.utrecht-link');
      await popupLink.waitFor();
      assert.equal(await page.locator('.leaflet-popup-close-button').getAttribute('aria-label'), 'Sluiten');
      assert.equal(await page.locator('.leaflet-control-zoom-in').getAttribute('aria-label'), 'Inzoomen');
      await checkPage(page, 'finder-09-kaart-popup');
      const name = ((await popupLink.textContent()) ?? '').trim();
      await popupLink.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      assert.match(page.url(), /\/groepen\/[a-z0-9-]+$/);
    } finally {
      await context.close();
    }
  });

  it('searches near the user (browser location), nearest first with the distance', async () => {
    const { page, context } = await browser.newPage();
    try {
      await context.grantPermissions(['geolocation'], { origin: BASE_URL });
      await context.setGeolocation({ latitude: 52.0907, longitude: 5.1214 }); // Utrecht
      await page.goto(`${BASE_URL}/bijeenkomsten?day=all`);
      await page.getByRole('heading', { level: 2, name: /gevonden op alle dagen$/ }).waitFor();
      await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
      await page.waitForURL(/lat=52\.09&lon=5\.12/);
      await page.getByRole('heading', { level: 2, name: /gevonden op alle dagen, binnen 25 km$/ }).waitFor();
      const near = await resultCount(page);
      const api = await (await page.request.get(`${BASE_URL}/api/v1/meeting-groups?lat=52.09&lon=5.12&radius_km=25&size=1`)).json();
      assert.equal(near, api.totalItems);
      assert.ok(near > 0, 'expected demo meetings around Utrecht');
      assert.match((await page.getByRole('article').first().textContent()) ?? '', /Afstand\d+,\d km/);
      await checkPage(page, 'finder-10-in-de-buurt');
    } finally {
      await context.close();
    }
  });

  it('makes a printable waiting-room list for a place, by day', async () => {
    const { page, context } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/bijeenkomsten?place=Utrecht`);
      await page.getByRole('link', { name: 'Lijst voor de wachtkamer (afdrukken)' }).click();
      await page.getByRole('heading', { level: 1, name: 'Zelfhulpgroepen in Utrecht' }).waitFor();
      await page.getByRole('table').first().waitFor();
      const days = await page.getByRole('heading', { level: 2 }).allTextContents();
      assert.ok(days.length > 0, 'expected at least one day');
      const order = ['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag'];
      const idx = days.map((d) => order.indexOf(d));
      assert.ok(idx.every((i, k) => i >= 0 && (k === 0 || i > idx[k - 1])), `days in week order: ${days}`);
      const total = (await (await page.request.get(`${BASE_URL}/api/v1/meetings?place=Utrecht&size=1`)).json()).totalItems;
      assert.equal(await page.locator('tbody tr').count(), total);
      // Each group's own contact route, labelled with the role that answers (demo groups all have a phone).
      const contacts = await page.locator('tbody tr td:nth-child(4)').allTextContents();
      assert.ok(contacts.every((c) => /^(Voorzitter|Secretaris|Hulplijn|Aandachtsfunctionaris): |^Via /.test(c)), `labelled contact routes: ${contacts.slice(0, 3)}`);
      assert.ok(new Set(contacts).size > 1, 'not one number for all groups');
      await page.getByRole('img', { name: 'QR-code naar deze lijst op de Zelfhulpwijzer' }).waitFor();
      await checkPage(page, 'finder-05-wachtkamerlijst');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
      assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible(), false);
      await screenshot(page, 'finder-06-wachtkamerlijst-print');
    } finally {
      await context.close();
    }
  });

  it('shows how to join an online meeting, without a route link', async () => {
    const { page, context } = await browser.newPage();
    try {
      const online = await (await page.request.get(`${BASE_URL}/api/v1/meetings?attendance=ONLINE&size=100`)).json();
      const meeting = online.items.find((/** @type {{attendance: string, conferenceUrl?: string}} */ m) => m.attendance === 'ONLINE' && m.conferenceUrl);
      assert.ok(meeting, 'expected an online-only demo meeting with a link');
      await page.goto(`${BASE_URL}/bijeenkomsten/${meeting.slug}`);
      await page.getByRole('heading', { level: 1, name: meeting.name }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Link naar de online bijeenkomst' }).getAttribute('href'), meeting.conferenceUrl);
      assert.equal(await page.getByRole('link', { name: /Route plannen/ }).count(), 0);
      await checkPage(page, 'finder-11-online-bijeenkomst');
    } finally {
      await context.close();
    }
  });

  it('says "Bijeenkomst niet gevonden" for an unknown meeting', async () => {
    const { page, context } = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}/bijeenkomsten/bestaat-niet-${Date.now()}`);
      await page.getByRole('heading', { level: 1, name: 'Bijeenkomst niet gevonden' }).waitFor();
      await checkPage(page, 'finder-07-niet-gevonden');
    } finally {
      await context.close();
    }
  });
});

for (const viewport of [null, PHONE]) {
  const width = viewport ? '390 px' : '1280 px';

  describe(`Groep vinden per groep (${width})`, { timeout: TEST_TIMEOUT }, () => {

    it(`shows each group once with its days, across pages (${width})`, async () => {
      const { page, context } = await browser.newPage();
      try {
        if (viewport) await page.setViewportSize(viewport);
        await page.goto(`${BASE_URL}/bijeenkomsten?day=all`);
        await page.getByRole('heading', { level: 2, name: /gevonden op alle dagen$/ }).waitFor();
        const total = await resultCount(page);
        const api = await (await page.request.get(`${BASE_URL}/api/v1/meeting-groups?size=1`)).json();
        assert.equal(total, api.totalItems, 'the count is of groups');
        assert.ok(total > 20, `expected more than one page of groups, got ${total}`);
        await assertNoSidewaysScroll(page);
        await checkPage(page, `finder-12-groepen-${viewport ? 'telefoon' : 'desktop'}`);
        /** @type {string[]} */
        const seen = [];
        for (let p = 1; p <= 3; p++) {
          if (p > 1) {
            await page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Volgende pagina' }).click();
            await page.waitForURL(new RegExp(`page=${p}`));
            await page.getByText(`Pagina ${p} van`).first().waitFor();
          }
          const groups = await cardGroups(page);
          assert.ok(groups.length > 0);
          seen.push(.../** @type {string[]} */ (groups));
        }
        assert.equal(new Set(seen).size, seen.length, 'no group comes back on another page');
        // Demo groups meet more than once a week: their other days are on the same card.
        const withDays = await page.locator('article.zhw-meeting-card', { hasText: 'Ook' }).count();
        assert.ok(withDays > 0, 'some cards list the other days');
        await assertNoSidewaysScroll(page);
      } finally {
        await context.close();
      }
    });

    it(`opens a group's page from the finder, and Back returns to the same search (${width})`, async () => {
      const { page, context } = await browser.newPage();
      try {
        if (viewport) await page.setViewportSize(viewport);
        await page.goto(`${BASE_URL}/bijeenkomsten?day=all&attendance=IN_PERSON&page=2`);
        await page.getByText('Pagina 2 van').first().waitFor();
        const before = await cardGroups(page);
        const card = page.getByRole('article').nth(1);
        const link = card.getByRole('link').first();
        const name = ((await link.textContent()) ?? '').trim();
        await link.click();
        await page.getByRole('heading', { level: 1, name }).waitFor();
        assert.match(page.url(), /\/groepen\/[a-z0-9-]+$/);
        const region = page.getByRole('region', { name: 'Wanneer en waar' });
        assert.ok((await region.getByRole('link').count()) > 0, 'the group lists its meetings');
        const contact = page.getByRole('region', { name: 'Contact met de groep' });
        assert.match((await contact.textContent()) ?? '', /Via(Voorzitter|Secretaris|Hulplijn|Aandachtsfunctionaris)/);
        assert.match((await contact.getByRole('link', { name: 'als sms' }).getAttribute('href')) ?? '', /^sms:\?body=Hallo/);
        assert.match((await contact.getByRole('link', { name: 'per e-mail' }).getAttribute('href')) ?? '', /^mailto:\?subject=Zelfhulpgroep/);
        assert.match((await page.locator('.zhw-verified').textContent()) ?? '', /gecontroleerd/);
        assert.equal(await page.getByRole('link', { name: 'Bewerken' }).count(), 0, 'no edit link for the public');
        await assertNoSidewaysScroll(page);
        await checkPage(page, `finder-13-groep-${viewport ? 'telefoon' : 'desktop'}`);

        await page.goBack();
        await page.waitForURL(/\/bijeenkomsten\?day=all&attendance=IN_PERSON&page=2$/);
        await page.getByText('Pagina 2 van').first().waitFor();
        assert.deepEqual(await cardGroups(page), before, 'the same page of the same search');
        assert.equal(await page.getByLabel('Op locatie of online').inputValue(), 'IN_PERSON');
      } finally {
        await context.close();
      }
    });
  });
}
