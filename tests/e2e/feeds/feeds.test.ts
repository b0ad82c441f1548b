import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../support/build.ts';
import type { ReadItem } from '../../support/feed-reader.ts';
import { formatOf, readFeed } from '../../support/feed-reader.ts';
import { SAMPLE_CONTENT, SAMPLE_DIST, SAMPLE_NOW } from '../../support/paths.ts';
import { readRawContent } from '../../support/raw-content.ts';
import type { RawEntry } from '../../support/raw-content.ts';
import { findOutputs, read, XML_FORBIDDEN } from './outputs.ts';

const LIMIT = 50;
const MAX_BYTES = 256 * 1024;
const FORMATS = ['rss.xml', 'atom.xml', 'feed.json'];
// Expected values come from the sample files themselves, not from the lib that wrote the feeds.
const raw = readRawContent(SAMPLE_CONTENT);
const ofKind = (collection: string) => raw.entries.filter((e) => e.collection === collection);
const index = {
  regions: raw.regions,
  components: raw.components,
  incidents: ofKind('incidents'),
  maintenance: ofKind('maintenance'),
  releases: ofKind('releases'),
  notices: ofKind('notices'),
};
const site = raw.site.url as string;
const entryPath = (e: RawEntry) => `/${e.collection}/${e.id}/`;
const feeds = findOutputs(SAMPLE_DIST, (name) => FORMATS.includes(name));
const items = (file: string, dist = SAMPLE_DIST): ReadItem[] => readFeed(read(dist, file), formatOf(file));
/** The entry page an item links to: `/incidents/2026/x/`. */
const entryOf = (item: ReadItem) => new URL(item.link).pathname;

/** The state words an item title may start with (docs/feeds.md). */
const STATE = /^(Investigating|Identified|Monitoring|Resolved|Post-incident report published|Scheduled|In progress|Verifying|Completed|Running past its window|Cancelled|Announced|\d+ days to go|Starts today|Stage \d+ of \d+ reached|General awareness|Launch readiness): .+ \([^()]+\)$/;

describe('feed files', () => {
  it('exist for everything, each kind, each region and its incidents, and each component, in RSS, Atom and JSON Feed', () => {
    const bases = [
      '/',
      ...['incidents', 'maintenance', 'releases', 'notices'].map((c) => `/${c}/`),
      ...index.regions.flatMap((r) => [`/regions/${r.code.toLowerCase()}/`, `/regions/${r.code.toLowerCase()}/incidents/`]),
      ...index.components.map((c) => `/components/${c.id}/`),
    ];
    expect(feeds).toEqual(bases.flatMap((b) => FORMATS.map((f) => `${b}${f}`)).sort());
  });

  it.each(feeds)('%s: at most 50 items, under 256 KB, unique ids, every title "State: title (regions)"', (feed) => {
    expect(statSync(path.join(SAMPLE_DIST, feed)).size).toBeLessThanOrEqual(MAX_BYTES);
    const list = items(feed);
    expect(list.length).toBeLessThanOrEqual(LIMIT);
    expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
    for (const item of list) {
      expect(item.title, feed).toMatch(STATE);
      expect(item.id).toMatch(/^tag:heliograph,2026:/);
      expect(item.link.startsWith(`${site}/`)).toBe(true);
      expect(item.html).toContain(`href="${item.link}"`);
    }
    const dates = list.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it.each(feeds.filter((f) => f.endsWith('rss.xml')))('%s is RSS 2.0 with the channel’s required elements and non-permalink guids', (feed) => {
    const xml = read(SAMPLE_DIST, feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(XML_FORBIDDEN);
    expect(xml).toMatch(/<rss version="2.0"/);
    const rss = parseRssFeed(xml);
    for (const field of ['title', 'link', 'description', 'lastBuildDate'] as const) expect(rss[field], field).toBeTruthy();
    for (const item of rss.items ?? []) {
      expect(item.guid?.isPermaLink).toBe(false);
      expect(new Date(item.pubDate!).toUTCString()).toBe(item.pubDate);
      expect(item.description).toBeTruthy();
    }
  });

  it.each(feeds.filter((f) => f.endsWith('atom.xml')))('%s is Atom 1.0 with id, title, updated, author and self link', (feed) => {
    const xml = read(SAMPLE_DIST, feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(XML_FORBIDDEN);
    const atom = parseAtomFeed(xml);
    expect(atom.id).toBe(`${site}${feed}`);
    expect(atom.title).toBeTruthy();
    expect(atom.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(atom.authors?.[0]?.name).toBeTruthy();
    expect(atom.links?.some((l) => l.rel === 'self' && l.href === atom.id)).toBe(true);
    for (const entry of atom.entries ?? []) {
      expect(entry.published).toBe(entry.updated);
      expect(entry.updated! <= atom.updated!).toBe(true);
      expect(entry.content).toMatchObject({ type: 'html' });
    }
  });

  it.each(feeds.filter((f) => f.endsWith('feed.json')))('%s is JSON Feed 1.1: its required fields, of the right types', (feed) => {
    const doc = JSON.parse(read(SAMPLE_DIST, feed));
    // https://jsonfeed.org/version/1.1: version, title and items are required; each item needs an id and content_html or content_text.
    expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof doc.title).toBe('string');
    expect(Array.isArray(doc.items)).toBe(true);
    expect(doc.feed_url).toBe(`${site}${feed}`);
    expect(typeof doc.home_page_url).toBe('string');
    expect(doc.author).toBeUndefined(); // deprecated in 1.1 for authors
    expect(doc.authors.every((a: Record<string, unknown>) => typeof a['name'] === 'string' || typeof a['url'] === 'string')).toBe(true);
    for (const item of doc.items) {
      expect(typeof item.id).toBe('string');
      expect(item.id.length).toBeGreaterThan(0);
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
      expect(typeof item.url).toBe('string');
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      expect(Array.isArray(item.tags)).toBe(true);
    }
  });

  it.each(feeds.filter((f) => f.endsWith('rss.xml')).map((f) => f.slice(0, -'rss.xml'.length)))('%s: RSS, Atom and JSON Feed hold the same items', (base) => {
    const strip = (list: ReadItem[]) => list.map(({ id, title, date, link }) => ({ id, title, date, link }));
    const rss = strip(items(`${base}rss.xml`));
    expect(strip(items(`${base}atom.xml`))).toEqual(rss);
    expect(strip(items(`${base}feed.json`))).toEqual(rss);
  });

  it('the everything feed is capped at 50 of the sample’s changes', () => {
    expect(items('/atom.xml')).toHaveLength(LIMIT);
  });
});

describe('what each feed holds', () => {
  const hits = (regions: readonly string[], code: string) => regions.includes('global') || regions.includes(code);
  /** Straight from the content: the entry pages whose entries reach a region. */
  const regionPages = (code: string) =>
    new Set(
      [
        ...index.incidents.filter((e) => hits(e.data.regions, code)),
        ...index.maintenance.filter((e) => hits(e.data.regions, code)),
        ...index.notices.filter((e) => hits(e.data.regions, code)),
        ...index.releases.filter((e) => (e.data.rollout as { regions: string[] }[]).some((s) => hits(s.regions, code))),
      ].map(entryPath),
    );

  it.each(index.regions.map((r) => r.code))('%s: only entries that reach the region; stage items only for this region; the incidents feed only incidents', (code) => {
    const base = `/regions/${code.toLowerCase()}/`;
    const pages = regionPages(code);
    const all = items(`${base}rss.xml`);
    for (const item of all) expect(pages.has(entryOf(item)), `${base}: ${item.title}`).toBe(true);
    for (const item of all.filter((i) => /^Stage \d+ of \d+ reached: /.test(i.title))) expect(item.title.endsWith(`(${code})`)).toBe(true);
    const incidents = items(`${base}incidents/rss.xml`);
    expect(incidents.every((i) => entryOf(i).startsWith('/incidents/') && pages.has(entryOf(i)))).toBe(true);
    // The incident items of the region feed are the newest of its incidents feed, in the same order.
    const inRegion = all.filter((i) => entryOf(i).startsWith('/incidents/')).map((i) => i.id);
    expect(incidents.map((i) => i.id).slice(0, inRegion.length)).toEqual(inRegion);
  });

  it('the open sign-in incident: one item per posted update, newest first, in the EUR and GBR incidents feeds but not NAM’s', () => {
    const title = 'Users in Europe and the United Kingdom cannot sign in (EUR, GBR)';
    const expected = [
      [`Identified: ${title}`, '2026-11-21T11:47:00.000Z', `${site}/incidents/2026/eur-gbr-sign-in-failures/#update-4`],
      [`Identified: ${title}`, '2026-11-21T11:12:00.000Z', `${site}/incidents/2026/eur-gbr-sign-in-failures/#update-3`],
      [`Investigating: ${title}`, '2026-11-21T10:43:00.000Z', `${site}/incidents/2026/eur-gbr-sign-in-failures/#update-2`],
      [`Investigating: ${title}`, '2026-11-21T10:14:00.000Z', `${site}/incidents/2026/eur-gbr-sign-in-failures/#update-1`],
    ];
    for (const feed of ['/regions/eur/incidents/feed.json', '/regions/gbr/incidents/atom.xml', '/incidents/rss.xml', '/rss.xml']) {
      const list = items(feed).filter((i) => i.title.endsWith(title)).map((i) => [i.title, i.date, i.link]);
      expect(list, feed).toEqual(expected);
    }
    expect(items('/regions/nam/incidents/rss.xml').some((i) => i.title.endsWith(title))).toBe(false);
  });

  it.each(['incidents', 'maintenance', 'releases', 'notices'] as const)('/%s/ holds only that kind', (collection) => {
    const list = items(`/${collection}/atom.xml`);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((i) => entryOf(i).startsWith(`/${collection}/`))).toBe(true);
  });

  it('release stages reach only region feeds: not everything, the releases feed or a component feed', () => {
    for (const feed of ['/rss.xml', '/releases/rss.xml', ...index.components.map((c) => `/components/${c.id}/rss.xml`)]) {
      expect(items(feed).some((i) => /^Stage \d+ of \d+ reached: /.test(i.title)), feed).toBe(false);
    }
    expect(items('/regions/eur/rss.xml').some((i) => /^Stage \d+ of \d+ reached: .+ \(EUR\)$/.test(i.title))).toBe(true);
  });

  it('a component feed holds only entries that touch the component, and no notices', () => {
    for (const component of index.components) {
      // An entry without `components:` concerns every component; notices concern none.
      const concerned = raw.entries.filter((e) => e.collection !== 'notices' && ((e.data.components as string[] | undefined) ?? [component.id]).includes(component.id));
      const pages = new Set(concerned.map(entryPath));
      const list = items(`/components/${component.id}/rss.xml`);
      for (const item of list) expect(pages.has(entryOf(item)), `${component.id}: ${item.title}`).toBe(true);
      expect(list.some((i) => entryOf(i).startsWith('/notices/'))).toBe(false);
    }
  });
});

describe('a second build at another time', () => {
  const LATER = '2026-12-01T00:00:00Z';
  let later: string;

  beforeAll(() => {
    later = mkdtempSync(path.join(os.tmpdir(), 'heliograph-feeds-later-'));
    const run = runBuild({ now: LATER, out: path.join(later, 'dist') });
    if (run.status !== 0) throw new Error(`build at ${LATER} failed:\n${run.stdout}\n${run.stderr}`);
    later = path.join(later, 'dist');
  });
  afterAll(() => rmSync(path.dirname(later), { recursive: true, force: true }));

  it('changes no earlier item: items kept are identical, new ones are newer, dropped ones only fell off the end', () => {
    expect(findOutputs(later, (name) => FORMATS.includes(name))).toEqual(feeds);
    for (const feed of feeds) {
      const strip = (list: ReadItem[]) => list.map(({ id, title, date, link, html }) => ({ id, title, date, link, html }));
      const before = strip(items(feed));
      const after = strip(items(feed, later));
      const added = after.filter((a) => !before.some((b) => b.id === a.id));
      const kept = after.filter((a) => before.some((b) => b.id === a.id));
      const dropped = before.filter((b) => !after.some((a) => a.id === b.id));
      expect(kept, feed).toEqual(before.filter((b) => after.some((a) => a.id === b.id)));
      expect(added.every((a) => a.date > '2026-11-21T12:00:00.000Z'), feed).toBe(true);
      if (dropped.length) {
        expect(after).toHaveLength(LIMIT);
        expect(dropped.every((d) => d.date <= after.at(-1)!.date), feed).toBe(true);
      }
    }
  });

  it('keeps a feed byte-identical when nothing is published in between (notices: all published before both times)', () => {
    const between = (t: string | undefined) => t !== undefined && t > SAMPLE_NOW && t <= LATER;
    expect(index.notices.some((n) => between(n.data.published))).toBe(false);
    for (const feed of ['/notices/atom.xml', '/notices/rss.xml', '/notices/feed.json']) expect(read(later, feed), feed).toBe(read(SAMPLE_DIST, feed));
  });
});
