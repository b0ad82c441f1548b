import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, measurePage } from '../../../scripts/page-budget.ts';
import { ROOT, SAMPLE_DIST } from '../../support/paths.ts';
import { useSite } from './site.ts';

const site = useSite();

describe('home page', () => {
  it('states the overall status in words', async () => {
    const page = await site.open('/');
    await expect(page.locator('.overall').innerText()).resolves.toContain('Major outage');
  });

  it('shows the open incident with its latest update and a link', async () => {
    const page = await site.open('/');
    const incidents = page.locator('section[aria-labelledby="incidents"]');
    const link = incidents.getByRole('link', { name: 'Users in Europe and the United Kingdom cannot sign in' });
    expect(await link.getAttribute('href')).toBe('/incidents/2026/eur-gbr-sign-in-failures/');
    const text = await incidents.innerText();
    expect(text).toContain('Half of the affected gateway instances have been taken out of rotation');
    expect(text).toContain('Major outage · Europe (EUR), United Kingdom (GBR) · Sign-in');
    expect(text).toContain('Workaround: Users who are already signed in keep working');
  });

  it('shows the maintenance in progress and the one coming up', async () => {
    const page = await site.open('/');
    const now = await page.locator('section[aria-labelledby="maintenance-now"]').innerText();
    expect(now).toContain('File storage upgrade in Japan and Oceania');
    expect(now).toContain('In progress');
    expect(now).toContain('Running past its window');
    const upcoming = page.locator('section[aria-labelledby="upcoming"]');
    expect(await upcoming.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain(
      '/maintenance/2026/nam-can-database-upgrade/',
    );
  });

  it('says in the grid that Europe’s platform group is down, and links the region', async () => {
    const page = await site.open('/');
    const row = page.locator('table.grid tbody tr', { has: page.locator('th', { hasText: /^Europe$/ }) });
    const headers = await page.locator('table.grid thead th').allInnerTexts();
    const platform = row.locator('td').nth(headers.indexOf('Platform') - 1);
    expect(await platform.innerText()).toContain('Major outage');
    expect(await platform.getByRole('link').getAttribute('href')).toBe('/regions/eur/');
    const nam = page.locator('table.grid tbody tr', { has: page.locator('th', { hasText: 'North America' }) });
    expect(await nam.locator('td').allInnerTexts()).toEqual(Array(4).fill(expect.stringContaining('Operational')));
  });

  it('links the feeds of everything in <head>', async () => {
    const page = await site.open('/');
    expect(await page.locator('link[rel=alternate][type="application/rss+xml"]').getAttribute('href')).toBe('/rss.xml');
    expect(await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href')).toBe('/atom.xml');
  });

  it('saves a 375 px wide screenshot', async () => {
    const page = await site.open('/', { viewport: { width: 375, height: 800 } });
    const file = path.join(ROOT, 'test-results/home-375.png');
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it.each(['/', '/regions/gcc-high/', '/incidents/2026/nam-cannot-save-records/', '/releases/2026/2026-release-wave-2/', '/history/'])(
    'narrows %s to 320 px without sideways scrolling of the page',
    async (path) => {
      const page = await site.open(path, { viewport: { width: 320, height: 640 } });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    },
  );

  it('stays within its 15 KB budget, HTML, CSS and JS gzipped', () => {
    const weight = measurePage(SAMPLE_DIST);
    expect(weight.files.map((f) => f.file)).toEqual(expect.arrayContaining(['index.html', expect.stringMatching(/\.css$/)]));
    expect(weight.gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
