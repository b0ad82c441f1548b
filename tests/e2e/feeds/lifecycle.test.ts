/**
 * An incident's life as a subscriber's reader sees it: the lifecycle fixture
 * built at successive pinned times (opened, identified, monitoring, resolved,
 * PIR published), then again at the same time, then a day later. Every feed
 * is read with a real feed parser (feedsmith), keyed on item ids as readers,
 * Slack's RSS app and feed-to-email services do.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../support/build.ts';
import type { ReadItem } from '../../support/feed-reader.ts';
import { formatOf, readFeed } from '../../support/feed-reader.ts';
import { FIXTURES } from '../../support/paths.ts';

const CONTENT = path.join(FIXTURES, 'lifecycle');
const INCIDENT = 'Users in Europe cannot sign in (EUR)';
const STAGES = [
  { now: '2026-11-02T08:30:00Z', title: `Investigating: ${INCIDENT}`, link: '/incidents/2026/eur-sign-in/#update-1' },
  { now: '2026-11-02T09:30:00Z', title: `Identified: ${INCIDENT}`, link: '/incidents/2026/eur-sign-in/#update-2' },
  { now: '2026-11-02T10:30:00Z', title: `Monitoring: ${INCIDENT}`, link: '/incidents/2026/eur-sign-in/#update-3' },
  { now: '2026-11-02T11:30:00Z', title: `Resolved: ${INCIDENT}`, link: '/incidents/2026/eur-sign-in/#update-4' },
  { now: '2026-11-05T12:00:00Z', title: `Post-incident report published: ${INCIDENT}`, link: '/incidents/2026/eur-sign-in/#pir' },
];
const DAY_LATER = '2026-11-06T12:00:00Z';
const SITE = 'https://status.lifecycle.example';

/** Every feed that holds the incident: everything, incidents, the region, the region's incidents, the component. */
const INCIDENT_FEEDS = ['/', '/incidents/', '/regions/eur/', '/regions/eur/incidents/', '/components/sign-in/'].flatMap((base) =>
  ['rss.xml', 'atom.xml', 'feed.json'].map((name) => `${base}${name}`),
);
const ALL_FEEDS = [...INCIDENT_FEEDS, ...['/maintenance/', '/regions/nam/', '/regions/nam/incidents/', '/components/database/'].flatMap((base) => ['rss.xml', 'atom.xml', 'feed.json'].map((name) => `${base}${name}`))];

let root: string;
const dists: string[] = [];
let again: string;
let later: string;

function build(now: string, name: string): string {
  const out = path.join(root, name);
  const run = runBuild({ content: CONTENT, now, out });
  if (run.status !== 0) throw new Error(`lifecycle build at ${now} failed:\n${run.stdout}\n${run.stderr}`);
  return out;
}

const text = (dist: string, file: string) => readFileSync(path.join(dist, file), 'utf8');
const items = (dist: string, file: string): ReadItem[] => readFeed(text(dist, file), formatOf(file));

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-lifecycle-'));
  STAGES.forEach((stage, i) => dists.push(build(stage.now, `stage-${i}`)));
  again = build(STAGES.at(-1)!.now, 'again');
  later = build(DAY_LATER, 'later');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('an incident’s life in the feeds', () => {
  it('opens with one item saying "Investigating" in every feed that holds the incident', () => {
    for (const feed of INCIDENT_FEEDS) {
      const incident = items(dists[0]!, feed).filter((i) => i.title.endsWith(INCIDENT));
      expect(incident.map((i) => [i.title, i.link, i.date]), feed).toEqual([[STAGES[0]!.title, `${SITE}${STAGES[0]!.link}`, '2026-11-02T08:00:00.000Z']]);
    }
  });

  it.each(STAGES.slice(1).map((stage, i) => [stage.title, i + 1] as const))('%s: exactly one new item id per feed, and no earlier item changes', (_title, k) => {
    for (const feed of INCIDENT_FEEDS) {
      const before = items(dists[k - 1]!, feed);
      const after = items(dists[k]!, feed);
      const added = after.filter((a) => !before.some((b) => b.id === a.id));
      expect(added.map((a) => [a.title, a.link]), feed).toEqual([[STAGES[k]!.title, `${SITE}${STAGES[k]!.link}`]]);
      // Every earlier item is still there, the same in id, title, date and link.
      const kept = after.filter((a) => before.some((b) => b.id === a.id)).map(({ id, title, date, link }) => ({ id, title, date, link }));
      expect(kept, feed).toEqual(before.map(({ id, title, date, link }) => ({ id, title, date, link })));
      expect(new Set(after.map((a) => a.id)).size, feed).toBe(after.length);
    }
  });

  it('the resolution says service is restored first; each item links the anchor its entry page has', () => {
    const resolved = items(dists[3]!, '/incidents/feed.json').find((i) => i.title === STAGES[3]!.title)!;
    expect(resolved.html.startsWith('<p>Service restored. Sign-in has worked normally since 10:40 UTC.</p>')).toBe(true);
    const page = text(dists[4]!, '/incidents/2026/eur-sign-in/index.html');
    for (const stage of STAGES) expect(page, stage.link).toContain(`id="${stage.link.split('#')[1]}"`);
  });

  it('a rebuild at the same time gives byte-identical feeds', () => {
    for (const feed of ALL_FEEDS) expect(text(again, feed), feed).toBe(text(dists.at(-1)!, feed));
  });
});

describe('maintenance in the feeds', () => {
  it('a cancelled maintenance has its own "Cancelled" item at the cancelling update', () => {
    for (const feed of ['/maintenance/rss.xml', '/maintenance/atom.xml', '/maintenance/feed.json', '/regions/eur/rss.xml']) {
      const cancelled = items(dists[0]!, feed).filter((i) => i.title === 'Cancelled: Network maintenance in Europe (EUR)');
      expect(cancelled.map((i) => [i.date, i.link]), feed).toEqual([['2026-10-30T12:00:00.000Z', `${SITE}/maintenance/2026/eur-network-cancelled/#update-2`]]);
    }
  });

  it('a day later with no content change adds only the time-driven items (started, ran past its window), never a duplicate', () => {
    const expected: Record<string, string[]> = {
      '/': ['Running past its window: Database upgrade in North America (NAM)', 'In progress: Database upgrade in North America (NAM)'],
      '/maintenance/': ['Running past its window: Database upgrade in North America (NAM)', 'In progress: Database upgrade in North America (NAM)'],
      '/regions/nam/': ['Running past its window: Database upgrade in North America (NAM)', 'In progress: Database upgrade in North America (NAM)'],
      '/components/database/': ['Running past its window: Database upgrade in North America (NAM)', 'In progress: Database upgrade in North America (NAM)'],
      '/incidents/': [],
      '/regions/eur/': [],
      '/regions/eur/incidents/': [],
      '/regions/nam/incidents/': [],
      '/components/sign-in/': [],
    };
    for (const feed of ALL_FEEDS) {
      const base = feed.slice(0, feed.lastIndexOf('/') + 1);
      const before = items(dists.at(-1)!, feed);
      const after = items(later, feed);
      const added = after.filter((a) => !before.some((b) => b.id === a.id));
      expect(added.map((a) => a.title), feed).toEqual(expected[base]);
      expect(added.map((a) => a.date), feed).toEqual(expected[base]!.length ? ['2026-11-06T07:00:00.000Z', '2026-11-06T03:00:00.000Z'] : []);
      expect(before.every((b) => after.some((a) => a.id === b.id && a.title === b.title)), feed).toBe(true);
      expect(new Set(after.map((a) => a.id)).size, feed).toBe(after.length);
    }
  });
});
