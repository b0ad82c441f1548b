import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DIST } from '../../support/paths.ts';
import { useSite } from './site.ts';

const site = useSite();

describe('region page', () => {
  it('names the region and its host and states each component status', async () => {
    const page = await site.open('/regions/eur/');
    expect(await page.locator('h1').innerText()).toBe('Europe (EUR)');
    const text = await page.locator('main').innerText();
    expect(text).toContain('crm4.dynamics.com');
    const signIn = page.locator('tr', { has: page.getByRole('link', { name: 'Sign-in', exact: true }) });
    expect(await signIn.innerText()).toContain('Major outage');
  });

  it('lists its timeline newest first, grouped by day, with release stages and their database updates', async () => {
    const page = await site.open('/regions/nam/');
    const times = await page.locator('.timeline li time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(times.length).toBeGreaterThan(3);
    expect(times).toEqual([...times].sort().reverse());
    const days = await page.locator('.timeline h3 time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(days).toEqual([...new Set(times.map((t) => t.slice(0, 10)))]);
    const titles = await page.locator('.timeline li h4').allInnerTexts();
    const stage = titles.indexOf('2026 release wave 2 reaches NAM');
    const database = titles.indexOf('Database update for 2026 release wave 2');
    expect(stage).toBeGreaterThan(-1);
    expect(database).toBeGreaterThan(-1);
    expect(database).toBeLessThan(stage); // newest first: the database update follows the stage
    // Scheduled work is listed under "Coming up", apart from the past.
    expect(titles).not.toContain('Database platform upgrade in North America and Canada');
    expect(await page.locator('section[aria-labelledby="coming-up"]').innerText()).toContain('Database platform upgrade in North America and Canada');
  });

  it('shows global entries on every region', async () => {
    const page = await site.open('/regions/gcc-high/');
    expect(await page.locator('.timeline').innerText()).toContain('TLS 1.0 and 1.1 retire on 2027-03-01');
  });

  it('links older months, each on its own page with links between months', async () => {
    const page = await site.open('/regions/nam/');
    const older = page.locator('.pager a[rel=prev]');
    const href = (await older.getAttribute('href'))!;
    expect(href).toMatch(/^\/regions\/nam\/\d{4}\/\d{2}\/$/);
    const month = await site.open(href);
    expect(await month.locator('h1').innerText()).toMatch(/^North America: \w+ \d{4}$/);
    expect(await month.locator('.pager a[rel=next]').count()).toBe(1);
    expect(existsSync(path.join(SAMPLE_DIST, 'regions/nam/2025/06/index.html'))).toBe(true);
  });

  it('links the region’s own feeds and its incidents feed in <head>', async () => {
    const page = await site.open('/regions/gcc-high/');
    const rss = await page.locator('link[type="application/rss+xml"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(rss).toEqual(['/rss.xml', '/regions/gcc-high/rss.xml', '/regions/gcc-high/incidents/rss.xml']);
    const json = await page.locator('link[type="application/feed+json"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(json).toEqual(['/feed.json', '/regions/gcc-high/feed.json', '/regions/gcc-high/incidents/feed.json']);
  });

  describe('daily window in UTC and in the visitor’s time', () => {
    it('shows UTC without JavaScript', async () => {
      const page = await site.open('/regions/nam/', { javaScriptEnabled: false });
      expect(await page.locator('.utc-window').innerText()).toBe('02:00–11:00 UTC');
      expect(await page.locator('.local-window').isVisible()).toBe(false);
    });

    it('shows 11:00–20:00 in Tokyo', async () => {
      const page = await site.open('/regions/nam/', { timezoneId: 'Asia/Tokyo' });
      expect(await page.locator('.utc-window').innerText()).toBe('02:00–11:00 UTC');
      expect(await page.locator('.local-window').innerText()).toBe('11:00–20:00 your time, Asia/Tokyo');
    });

    it('shows 21:00–06:00 the next day in New York (EST in November)', async () => {
      const page = await site.open('/regions/nam/', { timezoneId: 'America/New_York' });
      expect(await page.locator('.local-window').innerText()).toBe('21:00–06:00 (next day) your time, America/New_York');
    });

    it('crosses midnight UTC correctly', async () => {
      const page = await site.open('/regions/eur/', { timezoneId: 'Asia/Tokyo' });
      expect(await page.locator('.utc-window').innerText()).toBe('18:00–03:00 UTC (ends next day)');
      expect(await page.locator('.local-window').innerText()).toBe('03:00–12:00 your time, Asia/Tokyo');
    });
  });
});
