/** What a customer sees during an outage (issue 13), on the sample at the sample time, in real Chromium. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/browser.ts';
import { runBuild } from '../../support/build.ts';
import { FIXTURES, ROOT, SAMPLE_NOW } from '../../support/paths.ts';
import { serve } from '../../support/serve.ts';
import { useSite } from './site.ts';

const site = useSite();

describe('the status in words', () => {
  it('names what and where, with the count of regions, in the banner, the title and the favicon', async () => {
    const page = await site.open('/');
    const banner = page.locator('.overall');
    expect(await banner.locator('.headline > span').last().innerText()).toBe('Major outage: Sign-in in Europe and the United Kingdom');
    expect(await banner.locator('.headline .chip').innerText()).toBe('✕');
    expect(await banner.innerText()).toContain('6 of 17 regions affected · 11 operational');
    expect(await page.title()).toBe('Major outage: Sign-in in Europe and the United Kingdom · Contoso Cloud Status');
    expect(await page.locator('link[rel=icon]').getAttribute('href')).toBe('/favicons/major-outage.svg');
    const region = await site.open('/regions/nam/');
    expect(await region.title()).toBe('Major outage · North America (NAM) · Contoso Cloud Status');
  });

  it('serves the favicon it links as SVG', async () => {
    const page = await site.open('/favicons/major-outage.svg');
    expect(await page.locator('svg circle').first().getAttribute('fill')).toBe('#b91c1c');
  });

  describe('a build with only maintenance in progress', () => {
    const out = path.join(ROOT, '.heliograph/test/maintenance-only-dist');
    let url = '';
    let close: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      rmSync(out, { recursive: true, force: true });
      const run = runBuild({ content: path.join(FIXTURES, 'maintenance-only'), now: SAMPLE_NOW, out });
      if (run.status !== 0) throw new Error(run.stderr);
      const server = await serve(out);
      url = server.url;
      close = server.close;
    });
    afterAll(async () => close?.());

    it('says maintenance is in progress, and where', async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(`${url}/`);
        expect(await page.locator('.overall .headline > span').last().innerText()).toBe('Maintenance in progress in Oceania and Japan');
        expect(await page.locator('.overall').innerText()).toContain('2 of 17 regions affected · 15 operational');
        expect(await page.title()).toBe('Maintenance in progress in Oceania and Japan · Contoso Cloud Status');
        expect(await page.locator('link[rel=icon]').getAttribute('href')).toBe('/favicons/under-maintenance.svg');
      } finally {
        await browser.close();
      }
    });
  });
});

describe('region pages lead with now', () => {
  it.each([
    { width: 1280, height: 800 },
    { width: 375, height: 667 },
  ])('the open incident is above the fold at $width×$height, before components, coming up and the past', async (viewport) => {
    const page = await site.open('/regions/eur/', { viewport });
    const incident = page.locator('section[aria-labelledby="now"]').getByRole('link', { name: 'Users in Europe and the United Kingdom cannot sign in' });
    const box = (await incident.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings.slice(0, 5)).toEqual(['Happening now', 'Recently resolved', 'Components', 'Coming up', 'Timeline']);
    const now = await page.locator('section[aria-labelledby="now"]').innerText();
    expect(now).toContain('Latest: Identified');
    expect(now).toContain('Workaround: Users who are already signed in keep working');
  });

  it('keeps coming up (soonest first) apart from the past (newest first)', async () => {
    const page = await site.open('/regions/nam/');
    const coming = await page.locator('section[aria-labelledby="coming-up"] li time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(coming.length).toBeGreaterThan(0);
    expect(coming).toEqual([...coming].sort());
    for (const t of coming) expect(t > '2026-11-21T12:00:00.000Z').toBe(true);
    const past = await page.locator('.timeline li > time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    for (const t of past) expect(t <= '2026-11-21T12:00:00.000Z').toBe(true);
    expect(past).toEqual([...past].sort().reverse());
  });

  it('shows the whole component status column at 375 px', async () => {
    const page = await site.open('/regions/eur/', { viewport: { width: 375, height: 667 } });
    const cell = page.locator('table.components tbody tr').first().locator('td');
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await cell.innerText()).toContain('Major outage');
  });
});

describe('recently resolved', () => {
  it('lists the incident resolved in the last 72 hours on the home page and its region', async () => {
    for (const path of ['/', '/regions/can/']) {
      const page = await site.open(path);
      const section = page.locator('section[aria-labelledby="resolved"]');
      expect(await section.getByRole('link').first().innerText()).toBe('Background workflows delayed in Canada');
      expect(await section.innerText()).toContain('Resolved 19 h 15 min ago after 2 h 35 min');
    }
    const eur = await site.open('/regions/eur/');
    expect(await eur.locator('section[aria-labelledby="resolved"]').innerText()).toContain('No incidents resolved in Europe in the last 72 hours.');
  });
});

describe('the grid', () => {
  it('names the component in a non-operational cell and puts affected regions first', async () => {
    const page = await site.open('/');
    const rows = await page.locator('table.grid tbody th[scope=row]').allInnerTexts();
    expect(rows.slice(0, 2)).toEqual(['Europe', 'United Kingdom']);
    const headers = await page.locator('table.grid thead th').allInnerTexts();
    const eur = page.locator('table.grid tbody tr').first();
    expect(await eur.locator('td').nth(headers.indexOf('Platform') - 1).innerText()).toBe('✕ Major outage: Sign-in');
    expect(await eur.locator('td').nth(headers.indexOf('Data') - 1).innerText()).toBe('✓ Operational');
  });

  it('summarises the operational regions on a phone, and keeps every region without JavaScript', async () => {
    const page = await site.open('/', { viewport: { width: 375, height: 667 }, javaScriptEnabled: false });
    expect(await page.locator('.grid-summary').innerText()).toMatch(/^11 regions operational: North America, /);
    expect(await page.locator('table.grid tbody tr:visible').count()).toBe(6);
    expect(await page.locator('table.grid tbody tr').count()).toBe(17);
    const wide = await site.open('/', { javaScriptEnabled: false });
    expect(await wide.locator('.grid-summary').isVisible()).toBe(false);
    expect(await wide.locator('table.grid tbody tr:visible').count()).toBe(17);
  });

  it('remembers "my region" and shows it first', async () => {
    const page = await site.open('/');
    await page.getByLabel('My region:').selectOption('NAM');
    const first = page.locator('table.grid tbody tr').first();
    expect(await first.getAttribute('data-region')).toBe('NAM');
    expect(await first.getAttribute('class')).toContain('mine');
    await page.reload();
    expect(await page.getByLabel('My region:').inputValue()).toBe('NAM');
    expect(await page.locator('table.grid tbody tr').first().getAttribute('data-region')).toBe('NAM');
  });
});

describe('times nobody misreads', () => {
  const latest = (page: Awaited<ReturnType<typeof site.open>>) =>
    page.locator('section[aria-labelledby="incidents"] p', { hasText: 'Half of the affected' }).innerText();

  it('shows UTC and Berlin time side by side, in the page’s language, and switches to UTC only, remembered', async () => {
    const page = await site.open('/', { timezoneId: 'Europe/Berlin', locale: 'de-DE' });
    expect(await latest(page)).toContain('21 Nov 2026, 11:47 UTC · 12:47 in your time zone (Berlin)');
    const utcOnly = page.getByRole('button', { name: 'UTC only' });
    await utcOnly.click();
    expect(await utcOnly.getAttribute('aria-pressed')).toBe('true');
    expect(await latest(page)).not.toContain('in your time zone');
    await page.reload();
    expect(await page.getByRole('button', { name: 'UTC only' }).getAttribute('aria-pressed')).toBe('true');
    expect(await latest(page)).toContain('21 Nov 2026, 11:47 UTC');
    expect(await latest(page)).not.toContain('Berlin');
    await page.getByRole('button', { name: 'UTC and your time zone' }).click();
    expect(await latest(page)).toContain('12:47 in your time zone (Berlin)');
  });

  it('in New York: a 24-hour clock, the local date when it differs, no "AM"', async () => {
    const page = await site.open('/releases/2026/9.2.2611.2/', { timezoneId: 'America/New_York', locale: 'en-US' });
    const row = await page.locator('table.rollout tbody tr').nth(4).innerText();
    // Stage 5 reaches SAM and CAN at 21 Nov 03:00 UTC, which is 22:00 on 20 Nov in New York.
    expect(row).toContain('21 Nov 2026, 03:00 UTC · Nov 20, 2026, 22:00 in your time zone (New York)');
    expect(await page.locator('main').innerText()).not.toMatch(/\b(AM|PM)\b/);
  });

  it('shows UTC only, and no switch, without JavaScript', async () => {
    const page = await site.open('/', { timezoneId: 'Europe/Berlin', javaScriptEnabled: false });
    expect(await page.locator('.time-toggle').isVisible()).toBe(false);
    expect(await page.locator('.local-time').count()).toBe(0);
  });
});

describe('history you can browse', () => {
  it('/history/ indexes the newest two years by month and each earlier year in a line, with counts per kind', async () => {
    const page = await site.open('/history/');
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['2027', '2026', 'Earlier years']);
    const months = await page.locator('ul.months li').allInnerTexts();
    expect(months).toContain('November 2026: 5 incidents, 3 maintenance, 1 release, 2 notices');
    expect(months).not.toContain('December 2025: 1 incident, 1 release');
    expect(await page.locator('ul.years li').allInnerTexts()).toEqual(['2025: 7 incidents, 3 maintenance, 4 releases, 1 notice']);
    expect(await page.getByRole('link', { name: '2025', exact: true }).getAttribute('href')).toBe('/history/2025/');
  });

  it('/history/2025/ tables its months with counts', async () => {
    const page = await site.open('/history/2025/');
    expect(await page.locator('h1').innerText()).toBe('History: 2025');
    const rows = await page.locator('tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/^December 2025\s+1\s+0\s+1\s+0$/);
    expect(await page.locator('.pager a[rel=next]').getAttribute('href')).toBe('/history/2026/');
  });

  it('month pages filter by kind and region with plain links', async () => {
    const page = await site.open('/history/2026/11/', { javaScriptEnabled: false });
    await page.locator('nav.filters').getByRole('link', { name: 'Incidents' }).click();
    expect(new URL(page.url()).pathname).toBe('/history/2026/11/incidents/');
    expect(await page.locator('h1').innerText()).toBe('History: November 2026, Incidents');
    const chips = await page.locator('.timeline .chip').allInnerTexts();
    expect(chips.length).toBe(5);
    expect(chips.every((c) => /incident|restored/i.test(c))).toBe(true);
    await page.locator('nav.filters').getByRole('link', { name: 'Canada' }).click();
    expect(new URL(page.url()).pathname).toBe('/history/2026/11/regions/can/');
    expect(await page.locator('.timeline').innerText()).toContain('Background workflows delayed in Canada');
  });
});

describe('/pirs/', () => {
  it('lists every published report and every one due or overdue, newest first, with regions, duration and date', async () => {
    const page = await site.open('/pirs/');
    const rows = await page.locator('table.pirs tbody tr').allInnerTexts();
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatch(/^Web API requests fail in Asia Pacific\s+Asia Pacific \(APJ\)\s+18 Nov 2026, 06:40 UTC\s+2 h 35 min\s+◷ Due by 26 Nov 2026, 00:00 UTC$/);
    expect(rows[1]).toMatch(/Overdue by 13 Nov 2026, 00:00 UTC$/);
    expect(rows[2]).toMatch(/^Users in North America cannot save records\s+North America \(NAM\)\s+14 Oct 2026, 14:22 UTC\s+3 h 26 min\s+✓ Published on 20 Oct 2026, 16:00 UTC$/);
    expect(rows.at(-1)).toContain('Web API and integrations unavailable in North America');
  });
});

describe('release pages show progress', () => {
  it('says which stages have the release and the database update, and what is next', async () => {
    const page = await site.open('/releases/2026/9.2.2611.2/');
    expect(await page.locator('.progress-summary').innerText()).toBe(
      'Reached 14 of 17 regions; database updated in 12. Next: Database update for stage 5 and service update for stage 6, 22 Nov 2026, 03:00 UTC.',
    );
    const rows = await page.locator('table.rollout tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/Released.*Database updated/s);
    expect(rows[4]).toMatch(/^5\s+South America \(SAM\), Canada \(CAN\)\s+21 Nov 2026, 03:00 UTC Released\s+22 Nov 2026, 03:00 UTC Next$/);
    expect(rows[5]).toMatch(/22 Nov 2026, 03:00 UTC Next\s+23 Nov 2026, 03:00 UTC Scheduled$/);
  });
});

describe('polish', () => {
  it.each(['/maintenance/2026/gcc-network-maintenance/', '/components/sign-in/', '/regions/gcc/'])('%s never repeats a region code in its name', async (path) => {
    const page = await site.open(path);
    const text = `${await page.title()}\n${await page.locator('main').innerText()}`;
    expect(text).toContain('US Government (GCC)');
    expect(text).not.toContain('(GCC) (GCC)');
    expect(text).not.toContain('(GCC High) (GCC-HIGH)');
  });

  it.each(['/history/', '/history/2026/', '/history/2026/11/', '/pirs/', '/regions/eur/', '/releases/2026/9.2.2611.2/'])(
    '%s fits 320 px without sideways scrolling',
    async (path) => {
      const page = await site.open(path, { viewport: { width: 320, height: 640 } });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    },
  );

  it('prints a PIR without the site chrome', async () => {
    const page = await site.open('/incidents/2026/nam-cannot-save-records/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await page.locator('section[aria-labelledby="pir"]').isVisible()).toBe(true);
  });
});
