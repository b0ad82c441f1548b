import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const site = useSite();

const PAGES = [
  '/',
  '/regions/eur/',
  '/incidents/2026/nam-cannot-save-records/',
  '/maintenance/2026/fra-ger-reporting-migration/',
  '/releases/2026/2026-release-wave-2/',
  '/policy/',
  '/policy/2026-q4/',
  '/subscribe/',
  '/releases/2026/9.2.2611.2/',
  '/history/',
  '/history/2026/',
  '/history/2026/11/',
  '/history/2026/11/regions/eur/',
  '/pirs/',
];

describe('axe-core finds no WCAG 2.2 AA violations', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`%s (${colorScheme})`, async (path) => {
      const page = await site.open(path, { colorScheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(found).toEqual([]);
      expect(results.passes.some((p) => p.id === 'color-contrast')).toBe(true);
    });
  }

  it('the time switch, shown in Berlin, is accessible in both states', async () => {
    const page = await site.open('/regions/eur/', { timezoneId: 'Europe/Berlin' });
    for (const name of ['UTC only', 'UTC and your time zone']) {
      await page.getByRole('button', { name }).click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    }
  });

  it.each(['/', '/regions/eur/', '/policy/2026-q4/'])('%s on a 375 px phone', async (path) => {
    const page = await site.open(path, { viewport: { width: 375, height: 800 } });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('the home grid, stacked on a phone, keeps its table semantics', async () => {
    const page = await site.open('/', { viewport: { width: 375, height: 800 } });
    const snapshot = await page.locator('table.grid').ariaSnapshot();
    expect(snapshot).toMatch(/columnheader "Platform"/);
    expect(snapshot).toMatch(/row "Europe Platform Major outage: Sign-in Data Operational/);
    expect(snapshot).toMatch(/rowheader "Europe"/);
  });

  it('has a skip link, landmarks and one h1', async () => {
    const page = await site.open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.locator('header, nav, main, footer').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('table.grid th[scope=col]').count()).toBe(5);
    expect(await page.locator('table.grid th[scope=row]').count()).toBe(17);
  });
});
