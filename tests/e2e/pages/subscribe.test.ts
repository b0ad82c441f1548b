import { AxeBuilder } from '@axe-core/playwright';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CONTENT } from '../../support/paths.ts';
import { readRawContent } from '../../support/raw-content.ts';
import { useSite } from './site.ts';

const site = useSite();
// Expected values come from the sample files themselves.
const raw = readRawContent(SAMPLE_CONTENT);
const index = { site: raw.site as { url: string; title: string }, regions: raw.regions, components: raw.components };
const SITE = index.site.url;

/** Every href on the page whose text is `text`. */
const hrefs = async (path: string, text: string) => {
  const page = await site.open(path);
  return page.locator('main').getByRole('link', { name: text, exact: true }).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
};

/** Fetches a site path from the local server and parses it as a calendar app would. */
const calendarAt = async (sitePath: string) => {
  const response = await fetch(`${site.url}${sitePath}`);
  expect(response.status, sitePath).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  const events = Object.values(ical.sync.parseICS(await response.text())).filter((c) => c?.type === 'VEVENT');
  return events as ical.VEvent[];
};

describe('/subscribe/', () => {
  it('is linked as "Subscribe" from every page’s header', async () => {
    for (const path of ['/', '/regions/eur/', '/history/', '/incidents/2026/eur-gbr-sign-in-failures/']) {
      const page = await site.open(path);
      expect(await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Subscribe' }).getAttribute('href'), path).toBe('/subscribe/');
    }
  });

  it('webcal, Google Calendar and Outlook links subscribe to the right .ics files, which parse as calendars', async () => {
    const webcal = await hrefs('/subscribe/', 'Subscribe');
    const google = await hrefs('/subscribe/', 'Add to Google Calendar');
    const outlook = await hrefs('/subscribe/', 'Add to Outlook');
    // Everything and each region: maintenance only, then with release stages.
    const paths = ['', ...index.regions.map((r) => `/regions/${r.code.toLowerCase()}`)].flatMap((base) => [`${base}/maintenance-only.ics`, `${base}/maintenance.ics`]);
    const host = new URL(SITE).host;
    expect(webcal).toEqual(paths.map((p) => `webcal://${host}${p}`));
    expect(google.map((g) => new URL(g)).map((u) => [u.origin + u.pathname, u.searchParams.get('cid')])).toEqual(
      paths.map((p) => ['https://calendar.google.com/calendar/render', `webcal://${host}${p}`]),
    );
    expect(outlook.map((o) => new URL(o)).map((u) => [u.origin + u.pathname, u.searchParams.get('url')])).toEqual(
      paths.map((p) => ['https://outlook.live.com/calendar/0/addfromweb', `${SITE}${p}`]),
    );
    // North America has maintenance in the sample (the NAM/CAN database upgrade) and release stages.
    const namOnly = await calendarAt('/regions/nam/maintenance-only.ics');
    const namAll = await calendarAt('/regions/nam/maintenance.ics');
    expect(namOnly.map((e) => e.uid)).toContain(`maintenance/2026/nam-can-database-upgrade@${host}`);
    expect(namOnly.every((e) => e.uid.startsWith('maintenance/'))).toBe(true);
    expect(namAll.some((e) => e.uid.startsWith('releases/'))).toBe(true);
    expect(namAll.filter((e) => e.uid.startsWith('maintenance/')).map((e) => e.uid)).toEqual(namOnly.map((e) => e.uid));
  });

  it('the home page’s calendar link subscribes (webcal) to every maintenance window', async () => {
    const page = await site.open('/');
    const href = await page.getByRole('link', { name: /Subscribe to every maintenance window/ }).getAttribute('href');
    expect(href).toBe(`webcal://${new URL(SITE).host}/maintenance-only.ics`);
    expect((await calendarAt('/maintenance-only.ics')).length).toBeGreaterThan(0);
  });

  it('lists every feed by scope in each format; the region picker is a list of links to each region’s feeds, without JavaScript', async () => {
    const page = await site.open('/subscribe/', { javaScriptEnabled: false });
    const picker = page.getByRole('navigation', { name: 'Regions' }).getByRole('link');
    expect(await picker.count()).toBe(index.regions.length);
    await page.getByRole('navigation', { name: 'Regions' }).getByRole('link', { name: 'Europe (EUR)' }).click();
    expect(page.url().endsWith('#region-eur')).toBe(true);
    const eur = page.getByRole('region', { name: 'Europe (EUR)' });
    const eurLinks = await eur.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(eurLinks).toEqual(expect.arrayContaining(['/regions/eur/incidents/rss.xml', '/regions/eur/incidents/atom.xml', '/regions/eur/incidents/feed.json', '/regions/eur/rss.xml', '/regions/eur/atom.xml', '/regions/eur/feed.json', '/regions/eur/maintenance-only.ics', '/regions/eur/badge.svg']));
    const all = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const base of ['/', '/incidents/', '/maintenance/', '/releases/', '/notices/', ...index.components.map((c) => `/components/${c.id}/`)]) {
      for (const format of ['rss.xml', 'atom.xml', 'feed.json']) expect(all, `${base}${format}`).toContain(`${base}${format}`);
    }
    expect(all).toContain('/api/heliograph.json');
    expect(all).toContain('/api/v2/summary.json');
    expect(await page.locator('#notifications').count()).toBe(1);
    expect(await page.locator('pre.snippet').first().textContent()).toBe(`[![${index.site.title} status](${SITE}/badge.svg)](${SITE}/)`);
  });

  it('links each region’s Statuspage root, and the page URL a Statuspage client takes', async () => {
    const page = await site.open('/subscribe/');
    const eur = page.locator('section[aria-labelledby="region-eur"]');
    expect(await eur.getByRole('link', { name: 'summary.json' }).getAttribute('href')).toBe('/regions/eur/api/v2/summary.json');
    expect(await eur.locator('code').last().innerText()).toBe(`${SITE}/regions/eur`);
  });

  it('is listed in the history index', async () => {
    const page = await site.open('/history/');
    expect(await page.locator('main a[href="/subscribe/"]').count()).toBe(1);
  });

  // Light and dark are in accessibility.test.ts with the other pages; here the narrowest phone.
  it('axe-core finds no WCAG 2.2 AA violations at 320 px, and nothing scrolls sideways', async () => {
    const page = await site.open('/subscribe/', { viewport: { width: 320, height: 800 } });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  }, 120_000);
});
