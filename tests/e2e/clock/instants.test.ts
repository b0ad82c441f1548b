/**
 * The sample built at the sample time (2026-11-21T12:00Z) and opened at 40
 * later instants by the browser's clock: exactly at and 1 ms around every
 * transition of the sample within its 14-day horizon, and at +6 h, +3 d,
 * +13 d, +15 d (past the horizon) and +30 d. Expectations are hand-written
 * from the sample's files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePage } from '../../../scripts/page-budget.ts';
import { launchChromium } from '../../support/browser.ts';
import { SAMPLE_DIST } from '../../support/paths.ts';
import { serve } from '../../support/serve.ts';
import { openAt } from './pinned-builds.ts';

const ms = (iso: string, delta = 0) => new Date(Date.parse(iso) + delta).toISOString();
const around = (iso: string) => [ms(iso, -1), iso, ms(iso, 1)];

// The sample's transitions within the horizon (from its files):
const JPN_END = '2026-11-21T15:00:00.000Z'; // File storage upgrade in Japan and Oceania: window ends, no completed
const NAM_START = '2026-11-24T03:00:00.000Z'; // Database platform upgrade in North America and Canada
const NAM_END = '2026-11-24T07:00:00.000Z';
const APJ_PIR_DUE = '2026-11-26T00:00:00.000Z'; // Web API requests fail in Asia Pacific: resolved 18 Nov, PIR due 5 business days later
const GCC_START = '2026-12-05T04:00:00.000Z'; // Network maintenance in the US Government regions
const GCC_END = '2026-12-05T08:00:00.000Z';
const HORIZON = '2026-12-05T12:00:00.000Z';

const INSTANTS = [
  ...around(JPN_END),
  ...around(NAM_START),
  ...around(NAM_END),
  ...around(APJ_PIR_DUE),
  ...around(GCC_START),
  ...around(GCC_END),
  ...around(HORIZON),
  '2026-11-21T12:30:00.000Z',
  '2026-11-21T13:00:00.000Z',
  '2026-11-22T03:00:00.000Z', // a release stage reaches a region
  '2026-11-23T16:45:00.001Z', // the Canada incident leaves "recently resolved"

  '2026-11-21T14:00:00.000Z',
  '2026-11-21T18:00:00.000Z', // +6 h
  '2026-11-22T12:00:00.000Z',
  '2026-11-23T12:00:00.000Z',
  '2026-11-24T12:00:00.000Z', // +3 d
  '2026-11-25T12:00:00.000Z',
  '2026-11-28T12:00:00.000Z',
  '2026-12-01T12:00:00.000Z',
  '2026-12-03T12:00:00.000Z',
  '2026-12-04T12:00:00.000Z', // +13 d
  '2026-12-06T12:00:00.000Z', // +15 d, past the horizon
  '2026-12-10T12:00:00.000Z',
  '2026-12-15T12:00:00.000Z',
  '2026-12-18T12:00:00.000Z',
  '2026-12-21T12:00:00.000Z', // +30 d
];

const t = (iso: string) => Date.parse(iso);

/** What the maintenance pages' State line says at `now`. */
function maintenanceState(now: string, start: string, end: string): string {
  if (t(now) < t(start)) return 'Scheduled';
  if (t(now) < t(end)) return 'In progress';
  return `Running past its window (the window ended ${end.slice(0, 10)} ${end.slice(11, 16)} UTC)`;
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serve(SAMPLE_DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path: string, now: string) => openAt(browser, server.url + path, now);
const close = (page: Page) => page.context().close();
const stateLine = (page: Page) => page.locator('dt:text-is("State") + dd').innerText();

describe('at 40 instants after the build, each page shows the state of that instant', () => {
  it('has 40 instants', () => expect(new Set(INSTANTS).size).toBe(40));

  it.each(INSTANTS)('maintenance pages at %s', async (now) => {
    for (const [path, start, end] of [
      ['/maintenance/2026/jpn-oce-storage-upgrade/', '2026-11-21T11:00:00.000Z', JPN_END],
      ['/maintenance/2026/nam-can-database-upgrade/', NAM_START, NAM_END],
      ['/maintenance/2026/gcc-network-maintenance/', GCC_START, GCC_END],
    ] as const) {
      const page = await open(path, now);
      // Past the horizon the page keeps the last state of its schedule.
      const at = t(now) > t(HORIZON) ? HORIZON : now;
      const expected = maintenanceState(at, start, end);
      const shown = await stateLine(page);
      expect(shown.startsWith(expected), `${path} at ${now}: ${shown}`).toBe(true);
      if (expected.startsWith('Running past')) {
        // The count keeps rising from the window's end, whole minutes.
        const minutes = Math.round((t(now) - t(end)) / 60_000);
        const h = Math.floor(minutes / 60) % 24;
        const d = Math.floor(minutes / 1440);
        const m = minutes % 60;
        const count = d > 0 ? (h > 0 ? `${d} d ${h} h` : `${d} d`) : h > 0 ? (m > 0 ? `${h} h ${m} min` : `${h} h`) : `${m} min`;
        expect(shown, `${path} at ${now}`).toContain(`: ${count} so far`);
      }
      await close(page);
    }
  });

  it.each(INSTANTS)('the home page at %s', async (now) => {
    const page = await open('/', now);
    const at = t(now) > t(HORIZON) ? HORIZON : now;
    // The open sign-in incident never ends in the sample.
    expect(await page.locator('.overall').innerText()).toContain('Major outage: Sign-in in Europe and the United Kingdom');
    const inProgress = (await page.locator('section[aria-labelledby="maintenance-now"]').allInnerTexts()).join('\n');
    const upcoming = await page.locator('section[aria-labelledby="upcoming"]').innerText();
    const nam = 'Database platform upgrade in North America and Canada';
    const gcc = 'Network maintenance in the US Government regions';
    // Never completed in the sample: scheduled (listed ahead), then in progress, then running past its window.
    expect(upcoming.includes(nam), `upcoming at ${now}`).toBe(t(at) < t(NAM_START));
    expect(inProgress.includes(nam), `in progress at ${now}`).toBe(t(at) >= t(NAM_START));
    expect(upcoming.includes(gcc), `upcoming at ${now}`).toBe(t(at) < t(GCC_START));
    expect(inProgress.includes(gcc), `in progress at ${now}`).toBe(t(at) >= t(GCC_START));
    // The grid: North America's database is degraded (the work's impact) from its window on, until completed.
    const namRow = await page.locator('table.grid tr', { has: page.locator('th a[href="/regions/nam/"]') }).innerText();
    expect(namRow.includes('Degraded performance: Database'), `NAM row at ${now}: ${namRow}`).toBe(t(at) >= t(NAM_START));
    await close(page);
  });

  it.each(INSTANTS)('the APJ incident’s post-incident report line at %s', async (now) => {
    const page = await open('/incidents/2026/apj-api-errors/', now);
    const callout = await page.locator('p.callout').innerText();
    const at = t(now) > t(HORIZON) ? HORIZON : now;
    expect(callout, now).toMatch(t(at) < t(APJ_PIR_DUE) ? /^Post-incident report due by 26 Nov 2026, 00:00 UTC/ : /^Post-incident report overdue since 26 Nov 2026, 00:00 UTC/);
    await close(page);
  });

  it.each(INSTANTS)('the notice about the page’s age at %s', async (now) => {
    const page = await open('/maintenance/2026/jpn-oce-storage-upgrade/', now);
    const notice = page.locator('#page-age');
    const past = t(now) > t(HORIZON);
    // More than an hour after the build and something on the page changed (its window ended at 15:00).
    const old = t(now) - t('2026-11-21T12:00:00.000Z') > 3_600_000 && t(now) >= t(JPN_END);
    expect(await notice.isVisible(), now).toBe(past || old);
    if (past) expect(await notice.innerText()).toContain('may be out of date');
    else if (old) expect(await notice.innerText()).toContain('shown as of now, from the schedule published with it');
    await close(page);
  });
});

describe('a page left open', () => {
  it('changes at the transition without a reload, keeping focus and scroll', async () => {
    const page = await open('/maintenance/2026/jpn-oce-storage-upgrade/', '2026-11-21T14:58:00.000Z');
    expect(await stateLine(page)).toBe('In progress');
    await page.locator('a[href="/"]').first().focus();
    await page.evaluate(() => window.scrollTo(0, 40));
    const scroll = await page.evaluate(() => window.scrollY);
    let reloaded = false;
    page.on('load', () => (reloaded = true));
    await page.clock.runFor('02:01');
    expect(await stateLine(page)).toBe('Running past its window (the window ended 2026-11-21 15:00 UTC): 0 min so far');
    await page.clock.runFor('03:00');
    expect(await stateLine(page)).toBe('Running past its window (the window ended 2026-11-21 15:00 UTC): 3 min so far');
    expect(reloaded).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/');
    expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
    await close(page);
  });

  it('changes the region’s status in its polite live region', async () => {
    const page = await open('/regions/nam/', '2026-11-24T02:59:00.000Z');
    const status = page.locator('[role="status"]').first();
    expect(await status.innerText()).not.toContain('Degraded performance');
    await page.clock.runFor('01:01');
    expect(await status.innerText()).toContain('Degraded performance');
    // The card that moved in carries its own ages, written for the new instant.
    expect(await page.locator('section[aria-labelledby="now"]').innerText()).toContain('Database platform upgrade in North America and Canada');
    await close(page);
  });

  it('keeps relative ages and running durations moving every minute', async () => {
    const page = await open('/incidents/2026/eur-gbr-sign-in-failures/', '2026-11-21T12:00:00.000Z');
    // Its latest update was posted at 11:47; it started at 10:05.
    const age = page.locator('ol.updates time[datetime="2026-11-21T11:47:00.000Z"] ~ .age');
    expect(await age.innerText()).toBe(' (13 minutes ago)');
    expect(await page.locator('dt:text-is("Duration") + dd').innerText()).toBe('1 h 55 min so far');
    await page.clock.runFor('10:00');
    expect(await age.innerText()).toBe(' (23 minutes ago)');
    expect(await page.locator('dt:text-is("Duration") + dd').innerText()).toBe('2 h 5 min so far');
    await close(page);
  });
});

describe('without JavaScript', () => {
  it('shows the build-time states and the build time', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.goto(`${server.url}/maintenance/2026/jpn-oce-storage-upgrade/`);
    expect(await stateLine(page)).toBe('In progress');
    expect(await page.locator('footer [data-build-time]').innerText()).toBe('Page built 21 Nov 2026, 12:00 UTC');
    expect(await page.locator('#page-age').isVisible()).toBe(false);
    await context.close();
  });
});

describe('budget', () => {
  it('prints the home page’s gzipped HTML + CSS + JS, which carries its schedule', () => {
    const m = measurePage(SAMPLE_DIST, 'index.html');
    console.log(`home page with its schedule: ${JSON.stringify(m)}`);
    expect(readFileSync(path.join(SAMPLE_DIST, 'index.html'), 'utf8')).toContain('<template data-from="2026-11-24T03:00:00.000Z">');
  });

  it('a page without time-dependent parts carries no schedule', () => {
    expect(readFileSync(path.join(SAMPLE_DIST, 'history/2026/10/index.html'), 'utf8')).not.toContain('data-timed');
  });
});
