/**
 * Every region has its own Statuspage v2 root, /regions/<code>/api/v2/: the
 * same files and shapes as the site's, scoped to the region. The expected
 * lists are computed here from the content, not by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GLOBAL } from '../../../src/lib/content/schema.ts';
import { SAMPLE_CONTENT, SAMPLE_DIST, SAMPLE_NOW } from '../../support/paths.ts';
import { rawByKind } from '../../support/raw-content.ts';
import { findOutputs, read } from './outputs.ts';
import { STATUSPAGE } from './statuspage-schema.ts';

// Expected values come from the sample files themselves, not from the lib that wrote the JSON.
const index = rawByKind(SAMPLE_CONTENT);
const json = (sitePath: string) => JSON.parse(read(SAMPLE_DIST, sitePath)) as unknown;
const now = Date.parse(SAMPLE_NOW);
const FILES = Object.keys(STATUSPAGE).map((f) => f.slice('/api/v2/'.length));
const schemaOf = (file: string) => STATUSPAGE[`/api/v2/${file}` as keyof typeof STATUSPAGE];
const inRegion = (regions: readonly string[], code: string) => regions.includes(GLOBAL) || regions.includes(code);
const newestFirst = <T extends { key: string; at: string }>(list: T[]) =>
  list.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || a.key.replace(/^\w+\//, '').localeCompare(b.key.replace(/^\w+\//, '')));

describe.each(index.regions.map((r) => [r.code.toLowerCase(), r.code] as const))('/regions/%s/api/v2/', (slug, code) => {
  const root = `/regions/${slug}/api/v2/`;
  const file = <K extends string>(name: K) => schemaOf(name).parse(json(`${root}${name}`)) as any;

  it('has exactly the site-wide files', () => {
    expect(findOutputs(SAMPLE_DIST, (n) => n.endsWith('.json')).filter((p) => p.startsWith(root))).toEqual(FILES.map((f) => `${root}${f}`).sort());
  });

  it.each(FILES)('%s matches the Statuspage shape field by field', (name) => {
    const result = schemaOf(name).safeParse(json(`${root}${name}`));
    expect(result.success, result.success ? '' : z.prettifyError(result.error)).toBe(true);
  });

  it('is a page of its own: its URL is the region without a trailing slash, every file names it', () => {
    const page = file('summary.json').page;
    expect(page.url).toBe(`${index.site.url}/regions/${slug}`);
    for (const name of FILES) expect(file(name).page).toEqual(page);
  });

  it("lists the region's components, without groups, with the site-wide ids and statuses", () => {
    const { components } = file('components.json');
    expect(components.map((c: any) => c.id)).toEqual(index.components.map((c) => `${slug}.${c.id}`));
    expect(components.map((c: any) => c.name)).toEqual(index.components.map((c) => c.name));
    expect(components.every((c: any) => c.group === false && c.group_id === null && c.components === undefined)).toBe(true);
    const siteWide = new Map((json('/api/v2/components.json') as any).components.map((c: any) => [c.id, c.status]));
    for (const c of components) expect(siteWide.get(c.id), c.id).toBe(c.status);
  });

  it('holds exactly the incidents of its timeline that have started (up to 50), newest first', () => {
    const expected = newestFirst(
      index.incidents
        .filter((i) => inRegion(i.data.regions, code) && Date.parse(i.data.started) <= now)
        .map((i) => ({ key: `incidents/${i.id}`, at: i.data.started })),
    )
      .slice(0, 50)
      .map((i) => i.key);
    expect(file('incidents.json').incidents.map((i: any) => i.id)).toEqual(expected);
    // Affected components are the region's own.
    for (const i of file('incidents.json').incidents) for (const c of i.components) expect(c.id.startsWith(`${slug}.`)).toBe(true);
  });

  it('unresolved.json holds its open incidents; the status indicator follows them', () => {
    const open = index.incidents.filter(
      (i) => inRegion(i.data.regions, code) && Date.parse(i.data.started) <= now && (i.data.resolved === undefined || Date.parse(i.data.resolved) > now),
    );
    expect(file('incidents/unresolved.json').incidents.map((i: any) => i.id).sort()).toEqual(open.map((i) => `incidents/${i.id}`).sort());
    const worst = open.map((i) => i.data.impact);
    const indicator = worst.includes('major_outage') ? 'critical' : worst.includes('partial_outage') ? 'major' : worst.includes('degraded_performance') ? 'minor' : 'none';
    expect(file('status.json').status.indicator).toBe(indicator);
  });

  it('holds its maintenance, global work included; upcoming and active without cancelled work', () => {
    const mine = index.maintenance.filter((m) => inRegion(m.data.regions, code));
    const expected = newestFirst(mine.map((m) => ({ key: `maintenance/${m.id}`, at: m.data.window.start }))).slice(0, 50).map((m) => m.key);
    expect(file('scheduled-maintenances.json').scheduled_maintenances.map((m: any) => m.id)).toEqual(expected);
    const upcoming = mine.filter((m) => !m.data.cancelled && Date.parse(m.data.window.start) > now).map((m) => `maintenance/${m.id}`);
    expect(file('scheduled-maintenances/upcoming.json').scheduled_maintenances.map((m: any) => m.id).sort()).toEqual(upcoming.sort());
    const active = mine.filter(
      (m) => !m.data.cancelled && Date.parse(m.data.window.start) <= now && (m.data.completed === undefined || Date.parse(m.data.completed) > now),
    );
    expect(file('scheduled-maintenances/active.json').scheduled_maintenances.map((m: any) => m.id).sort()).toEqual(active.map((m) => `maintenance/${m.id}`).sort());
  });
});

it('the sample gives the regions different contents (the scoping is visible)', () => {
  const count = (slug: string) => (json(`/regions/${slug}/api/v2/incidents.json`) as any).incidents.length;
  expect(new Set(index.regions.map((r) => count(r.code.toLowerCase()))).size).toBeGreaterThan(1);
  expect((json('/regions/eur/api/v2/status.json') as any).status.indicator).toBe('critical');
  expect((json('/regions/nam/api/v2/incidents/unresolved.json') as any).incidents.map((i: any) => i.id)).not.toContain('incidents/2026/eur-gbr-sign-in-failures');
});

it.each(index.regions.map((r) => r.code.toLowerCase()))('the /regions/%s/ page links its Statuspage summary and names the page URL', (slug) => {
  const html = read(SAMPLE_DIST, `/regions/${slug}/index.html`);
  expect(html).toContain(`href="/regions/${slug}/api/v2/summary.json"`);
  expect(html).toContain(`<code>${index.site.url}/regions/${slug}</code>`);
});
