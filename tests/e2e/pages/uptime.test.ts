/**
 * The 90-day bars and the October 2026 SLA report of the sample, read in
 * Chromium and checked against figures worked out by hand from the sample:
 *
 * - NAM × Web API (and Web client, Database): "Users in North America cannot
 *   save records", partial outage 14 Oct 14:22–17:48 = 206 min × 30 % = 61.8 min.
 *   That day: 1 − 61.8/1440 = 95.70 %. October: 1 − 61.8/44 640 = 99.86 %, below
 *   the 99.9 % target: missed, credit eligible. 90 days (24 Aug – 21 Nov 12:00,
 *   89 × 1440 + 720 = 128 880 min): 1 − 61.8/128 880 = 99.95 %; 30 days: 100.00 %.
 * - EUR × Sign-in: major outage open since 21 Nov 10:05; at 12:00 that is
 *   115 min of the 720 minutes so far: 84.02 %. 30 days (23 Oct – 21 Nov 12:00,
 *   42 480 min): 99.72 %; 90 days: 1 − 115/128 880 = 99.91 %. October: 100.00 %, met.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const site = useSite();
const NAM_TITLE = 'Users in North America cannot save records';
const EUR_TITLE = 'Users in Europe and the United Kingdom cannot sign in';

async function barRow(path: string, name: string) {
  const page = await site.open(path);
  const row = page.locator('.ub-rows > li', { has: page.locator('.ub-h a', { hasText: new RegExp(`^${name}$`) }) });
  return {
    page,
    figures: await row.locator('.ub-h > span').innerText(),
    labels: await row.locator('ol.ub > li').allInnerTexts(),
    names: await row.locator('ol.ub > li').evaluateAll((els) => els.map((e) => e.textContent ?? '')),
    row,
  };
}

describe('90-day bars', () => {
  it('NAM: Web API on the day of the partial outage, linked to the incident, and its 30- and 90-day figures', async () => {
    const { row, names, figures } = await barRow('/regions/nam/', 'Web API');
    expect(names).toHaveLength(90);
    expect(names[0]).toBe('21 Nov 2026: 100.00 % available');
    expect(names[89]).toBe('24 Aug 2026: 100.00 % available');
    expect(names).toContain(`14 Oct 2026: 95.70 % available, partial outage; 1 incident: ${NAM_TITLE}`);
    expect(figures).toBe('100.00 % (30 days) · 99.95 % (90 days)');
    // Bars are too narrow to be touch targets: the days with anything reported are links beside them.
    expect(await row.locator('ol.ub a').count()).toBe(0);
    expect(await row.locator('.ub-d a').allInnerTexts()).toEqual(['14 Oct: partial outage']);
    expect(await row.getByRole('link', { name: '14 Oct: partial outage' }).getAttribute('href')).toBe('/incidents/2026/nam-cannot-save-records/');
    expect(await row.locator('ol.ub > li.p').count()).toBe(1);
  });

  it('EUR: Sign-in today counts the open major outage up to now', async () => {
    const { names, figures, row } = await barRow('/regions/eur/', 'Sign-in');
    expect(names[0]).toBe(`21 Nov 2026: 84.02 % available, major outage; 1 incident: ${EUR_TITLE}`);
    expect(await row.getByRole('link', { name: '21 Nov: major outage' }).getAttribute('href')).toBe('/incidents/2026/eur-gbr-sign-in-failures/');
    expect(figures).toBe('99.72 % (30 days) · 99.91 % (90 days)');
    expect(await row.locator('ol.ub > li').first().getAttribute('class')).toBe('x');
  });

  it('the component page has one row per region', async () => {
    const { page, names } = await barRow('/components/sign-in/', 'Europe \\(EUR\\)');
    expect(names[0]).toContain('84.02 % available');
    expect(await page.locator('#uptime ~ .ub-rows > li, .uptime .ub-rows > li').count()).toBe(17);
  });

  it('the home page has one row per component group, linking each component', async () => {
    const page = await site.open('/');
    const rows = page.locator('.uptime .ub-rows > li');
    expect(await rows.locator('.ub-h strong').allInnerTexts()).toEqual(['Platform', 'Data', 'Integration', 'Admin']);
    expect(await rows.first().getByRole('link', { name: 'Web API', exact: true }).getAttribute('href')).toBe('/components/api/');
    expect(await rows.first().locator('ol.ub > li').first().getAttribute('class')).toBe('x');
  });

  it('fits 320 px with the newest day visible, without JavaScript', async () => {
    const page = await site.open('/regions/nam/', { viewport: { width: 320, height: 700 }, javaScriptEnabled: false });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const bars = page.locator('.ub').first();
    const newest = await bars.locator('li').first().boundingBox();
    const oldest = await bars.locator('li').last().boundingBox();
    expect(newest!.x + newest!.width).toBeLessThanOrEqual(320);
    expect(newest!.x).toBeGreaterThan(oldest!.x);
  });
});

describe('October 2026 SLA report', () => {
  const cells = async (path: string, pair: string) => {
    const page = await site.open(path);
    return page.locator(`tr[data-pair="${pair}"] > *`).allInnerTexts();
  };

  it('NAM × Web API missed the target and is credit eligible, with the incident behind it', async () => {
    const row = await cells('/sla/2026/10/', 'NAM/api');
    expect(row).toEqual(['NAM', 'Web API', '99.86 %', 'Missed · credit eligible', '61.8 min', NAM_TITLE]);
  });

  it('EUR × Sign-in met it', async () => {
    expect(await cells('/sla/2026/10/', 'EUR/sign-in')).toEqual(['EUR', 'Sign-in', '100.00 %', 'Met', '0 min', '—']);
  });

  it('states the target and the misses; the index lists the month; November says it is still running', async () => {
    const page = await site.open('/sla/2026/10/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Target: 99.9 %');
    expect(text).toContain('missed in 3 of 204');
    expect(text).not.toContain('still running');
    const index = await site.open('/sla/');
    expect(await index.getByRole('link', { name: 'October 2026' }).getAttribute('href')).toBe('/sla/2026/10/');
    expect(await (await site.open('/sla/2026/11/')).locator('main').innerText()).toContain('This month is still running.');
  });

  it('CSV and JSON parse and match the page', async () => {
    const page = await site.open('/sla/2026/10/');
    const pageRows = await page.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-pair'), ...[...tr.children].slice(2, 5).map((c) => (c as HTMLElement).innerText)]),
    );
    const csv = parse(await (await page.request.get(`${site.url}/sla/2026/10.csv`)).text(), { columns: true }) as Record<string, string>[];
    const json = (await (await page.request.get(`${site.url}/sla/2026/10.json`)).json()) as {
      month: string;
      final: boolean;
      target_percent: number;
      rows: { region: string; component: string; availability_percent: number; met: boolean; credit_eligible: boolean; downtime_minutes: number; entries: { id: string }[] }[];
    };
    expect(csv).toHaveLength(pageRows.length);
    expect(json.rows).toHaveLength(pageRows.length);
    expect(json).toMatchObject({ month: '2026-10', final: true, target_percent: 99.9 });
    pageRows.forEach(([pair, shown, result, downtime], i) => {
      const c = csv[i]!;
      const j = json.rows[i]!;
      expect(`${c['region']}/${c['component']}`).toBe(pair);
      expect(`${j.region}/${j.component}`).toBe(pair);
      expect(`${c['availability_percent']} %`).toBe(shown);
      expect(`${j.availability_percent.toFixed(2)} %`).toBe(shown);
      expect(c['credit_eligible']).toBe(result === 'Met' ? 'false' : 'true');
      expect(j.credit_eligible).toBe(result !== 'Met');
      expect(`${c['downtime_minutes']} min`).toBe(downtime);
      expect(`${j.downtime_minutes} min`).toBe(downtime);
    });
    const nam = json.rows.find((r) => r.region === 'NAM' && r.component === 'api')!;
    expect(nam).toMatchObject({ availability_percent: 99.86, met: false, credit_eligible: true, downtime_minutes: 61.8 });
    expect(nam.entries.map((e) => e.id)).toEqual(['incidents/2026/nam-cannot-save-records']);
  });
});

describe('uptime JSON', () => {
  it('/api/uptime/nam.json has the last 90 days per component; heliograph.json the 30/90-day and month figures', async () => {
    const page = await site.open('/');
    const daily = (await (await page.request.get(`${site.url}/api/uptime/nam.json`)).json()) as {
      from: string;
      to: string;
      components: { component: string; days: { date: string; availability_percent: number; downtime_minutes: number; worst: string; entries: string[] }[] }[];
    };
    expect([daily.from, daily.to]).toEqual(['2026-08-24', '2026-11-21']);
    const api = daily.components.find((c) => c.component === 'api')!;
    expect(api.days).toHaveLength(90);
    expect(api.days.find((d) => d.date === '2026-10-14')).toEqual({
      date: '2026-10-14',
      availability_percent: 95.7,
      downtime_minutes: 61.8,
      excluded_maintenance_minutes: 0,
      worst: 'partial_outage',
      entries: ['incidents/2026/nam-cannot-save-records'],
    });
    const native = (await (await page.request.get(`${site.url}/api/heliograph.json`)).json()) as {
      uptime: { current_month: string; regions: { region: string; components: { component: string; last_30_days: unknown; last_90_days: unknown; current_month: unknown }[] }[] };
    };
    const eur = native.uptime.regions.find((r) => r.region === 'EUR')!.components.find((c) => c.component === 'sign-in')!;
    expect(native.uptime.current_month).toBe('2026-11');
    // November so far: 20 × 1440 + 720 = 29 520 min, 115 min down: 99.61 %.
    expect(eur).toEqual({
      component: 'sign-in',
      last_30_days: { availability_percent: 99.72, downtime_minutes: 115 },
      last_90_days: { availability_percent: 99.91, downtime_minutes: 115 },
      current_month: { availability_percent: 99.61, downtime_minutes: 115 },
    });
  });
});

// These pages are long (a thousand bars, two hundred report rows): axe takes a while on a busy machine.
describe('accessibility of the bars and the report', { timeout: 240_000 }, () => {
  const pages = ['/regions/nam/', '/components/sign-in/', '/sla/', '/sla/2026/10/'].flatMap((path) => (['light', 'dark'] as const).map((scheme) => [path, scheme] as const));
  it.each(pages)('axe finds no WCAG 2.2 AA violations on %s (%s)', async (path, colorScheme) => {
    const page = await site.open(path, { colorScheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
});
