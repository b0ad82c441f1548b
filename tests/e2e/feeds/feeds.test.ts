import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../support/build.ts';
import { SAMPLE_CONTENT, SAMPLE_DIST, SAMPLE_NOW } from '../../support/paths.ts';
import { readRawContent, touches, utc } from '../../support/raw-content.ts';
import type { RawEntry } from '../../support/raw-content.ts';
import { feedItemsOf, findOutputs, read, XML_FORBIDDEN, xmlParser } from './outputs.ts';

const LIMIT = 50;
// Expected values come from the sample files themselves, not from the lib that wrote the feeds.
const raw = readRawContent(SAMPLE_CONTENT);
const site = raw.site.url as string;
const link = (e: RawEntry) => `${site}/${e.collection}/${e.id}/`;
const ofKind = (collection: string) => raw.entries.filter((e) => e.collection === collection);
/** Newest first, by the time given; ties by id (the documented order of every list). */
const newestFirst = (entries: RawEntry[], time: (e: RawEntry) => string) =>
  entries.map((e) => ({ e, at: utc(time(e)) })).sort((a, b) => b.at.localeCompare(a.at) || a.e.id.localeCompare(b.e.id)).map((x) => x.e);
/** When an entry happened: incident start, window start, first stage, publication. */
const happened = (e: RawEntry): string =>
  e.collection === 'incidents' ? e.data.started : e.collection === 'maintenance' ? e.data.window.start : e.collection === 'releases' ? e.data.rollout[0].at : e.data.published;
const feeds = findOutputs(SAMPLE_DIST, (name) => name === 'rss.xml' || name === 'atom.xml');

describe('feed files', () => {
  it('exist for everything, each region, each kind and each component', () => {
    const expected = [
      '/rss.xml',
      '/atom.xml',
      ...['incidents', 'maintenance', 'releases', 'notices'].flatMap((c) => [`/${c}/rss.xml`, `/${c}/atom.xml`]),
      ...raw.regions.flatMap((r) => [`/regions/${r.code.toLowerCase()}/rss.xml`, `/regions/${r.code.toLowerCase()}/atom.xml`]),
      ...raw.components.flatMap((c) => [`/components/${c.id}/rss.xml`, `/components/${c.id}/atom.xml`]),
    ];
    expect(feeds).toEqual(expected.sort());
  });

  it.each(feeds.filter((f) => f.endsWith('rss.xml')))('%s is RSS 2.0 with the required elements, unique guids and at most 50 items', (feed) => {
    const xml = read(SAMPLE_DIST, feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(XML_FORBIDDEN);
    const { rss } = xmlParser.parse(xml);
    expect(rss['@_version']).toBe('2.0');
    for (const field of ['title', 'link', 'description', 'lastBuildDate']) expect(rss.channel[field], field).toBeTruthy();
    const items = rss.channel.item ?? [];
    expect(items.length).toBeLessThanOrEqual(LIMIT);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(new RegExp(`^${site}/`));
      expect(item.guid['#text']).toBe(item.link);
      expect(new Date(item.pubDate).toUTCString()).toBe(item.pubDate);
      expect(item.description).toBeTruthy();
      expect(item['content:encoded']).toBeTruthy();
    }
    const ids = items.map((i: { guid: { '#text': string } }) => i.guid['#text']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(feeds.filter((f) => f.endsWith('atom.xml')))('%s is Atom 1.0 with the required elements, unique ids and at most 50 entries', (feed) => {
    const xml = read(SAMPLE_DIST, feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(XML_FORBIDDEN);
    const doc = xmlParser.parse(xml).feed;
    expect(doc['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.id).toBe(`${site}${feed}`);
    expect(doc.title['#text']).toBeTruthy();
    expect(doc.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(doc.author.name).toBeTruthy();
    expect(doc.link.some((l: Record<string, string>) => l['@_rel'] === 'self' && l['@_href'] === doc.id)).toBe(true);
    const entries = doc.entry ?? [];
    expect(entries.length).toBeLessThanOrEqual(LIMIT);
    for (const entry of entries) {
      expect(entry.id).toMatch(new RegExp(`^${site}/`));
      expect(entry.title['#text']).toBeTruthy();
      expect(entry.updated).toMatch(/Z$/);
      expect(entry.published).toMatch(/Z$/);
      expect(entry.updated >= entry.published).toBe(true);
      expect(entry.updated <= doc.updated).toBe(true);
      expect(entry.link[0]['@_href']).toBe(entry.id);
      expect(entry.content['@_type']).toBe('html');
    }
    const ids = entries.map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the everything feed is capped at 50 of the sample’s entries, newest first', () => {
    expect(raw.entries.length).toBeGreaterThan(LIMIT);
    const items = feedItemsOf(read(SAMPLE_DIST, '/atom.xml'));
    expect(items).toHaveLength(LIMIT);
  });
});

describe('per-region feeds', () => {
  /**
   * Straight from the content: what affects a region, newest first on its
   * timeline. A release stands at its latest moment in the region: the
   * database update `database_lag_hours` (default 24) after its stage.
   */
  const regionEntries = (code: string): string[] => {
    const stagesHere = (e: RawEntry) => (e.data.rollout as { regions: string[]; at: string }[]).filter((s) => touches(s.regions, code));
    const here = raw.entries.filter((e) => (e.collection === 'releases' ? stagesHere(e).length > 0 : touches(e.data.regions, code)));
    const lag = (e: RawEntry) => (e.data.database_lag_hours ?? 24) * 3_600_000;
    const at = (e: RawEntry) =>
      e.collection === 'releases' ? new Date(Math.max(...stagesHere(e).map((s) => Date.parse(s.at))) + lag(e)).toISOString() : happened(e);
    return newestFirst(here, at).map(link);
  };

  it.each(raw.regions.map((r) => r.code))('%s: the feed holds exactly the entries of the region’s timeline, in its order', (code) => {
    const expected = regionEntries(code);
    expect(expected.length).toBeGreaterThan(0);
    for (const format of ['rss.xml', 'atom.xml']) {
      const ids = feedItemsOf(read(SAMPLE_DIST, `/regions/${code.toLowerCase()}/${format}`)).map((i) => i.id);
      expect(ids).toEqual(expected.slice(0, LIMIT));
    }
  });

  it('global entries and releases reach every region feed; a regional incident only its own', () => {
    const eur = feedItemsOf(read(SAMPLE_DIST, '/regions/eur/rss.xml')).map((i) => i.id);
    const nam = feedItemsOf(read(SAMPLE_DIST, '/regions/nam/rss.xml')).map((i) => i.id);
    expect(eur).toContain(`${site}/incidents/2026/eur-gbr-sign-in-failures/`);
    expect(nam).not.toContain(`${site}/incidents/2026/eur-gbr-sign-in-failures/`);
    expect(eur).toContain(`${site}/releases/2026/2026-release-wave-2/`);
    expect(nam).toContain(`${site}/releases/2026/2026-release-wave-2/`);
  });
});

describe('per-kind and per-component feeds', () => {
  it.each(['incidents', 'maintenance', 'releases', 'notices'] as const)('/%s/ holds only that kind', (collection) => {
    const ids = feedItemsOf(read(SAMPLE_DIST, `/${collection}/atom.xml`)).map((i) => i.id);
    expect(ids.length).toBe(Math.min(LIMIT, ofKind(collection).length));
    expect(ids.every((id) => id.startsWith(`${site}/${collection}/`))).toBe(true);
  });

  it('a component feed holds its incidents, maintenance and releases but no notices', () => {
    for (const component of raw.components) {
      const ids = feedItemsOf(read(SAMPLE_DIST, `/components/${component.id}/rss.xml`)).map((i) => i.id);
      // An entry without `components:` concerns every component.
      const concerned = raw.entries.filter((e) => e.collection !== 'notices' && (e.data.components ?? [component.id]).includes(component.id));
      const expected = newestFirst(concerned, happened).slice(0, LIMIT).map(link);
      expect(ids).toEqual(expected);
      expect(ids.some((id) => id.includes('/notices/'))).toBe(false);
    }
  });

  it('item published is when the entry began or was announced; updated its latest change', () => {
    const open = feedItemsOf(read(SAMPLE_DIST, '/incidents/atom.xml')).find((i) => i.id.endsWith('/incidents/2026/eur-gbr-sign-in-failures/'))!;
    expect(open).toMatchObject({ published: '2026-11-21T10:05:00.000Z', updated: '2026-11-21T11:47:00.000Z' });
    const upgrade = feedItemsOf(read(SAMPLE_DIST, '/maintenance/atom.xml')).find((i) => i.id.endsWith('/maintenance/2026/nam-can-database-upgrade/'))!;
    expect(upgrade).toMatchObject({ published: '2026-11-18T09:00:00.000Z', updated: '2026-11-18T09:00:00.000Z' });
    const wave = feedItemsOf(read(SAMPLE_DIST, '/releases/rss.xml')).find((i) => i.id.endsWith('/releases/2026/2026-release-wave-2/'))!;
    expect(wave.published).toBe('2026-06-15T09:00:00.000Z');
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

  it('gives every feed the same item ids and published times', () => {
    expect(findOutputs(later, (name) => name === 'rss.xml' || name === 'atom.xml')).toEqual(feeds);
    for (const feed of feeds) {
      const strip = (dist: string) => feedItemsOf(read(dist, feed)).map(({ id, published, updated }) => ({ id, published, updated }));
      expect(strip(later), feed).toEqual(strip(SAMPLE_DIST));
    }
  });

  it('keeps a feed byte-identical when no state word depends on now (notices: all published before both times, none expiring between)', () => {
    const between = (t: string | undefined) => t !== undefined && t > SAMPLE_NOW && t <= LATER;
    expect(ofKind('notices').some((n) => between(n.data.published && utc(n.data.published)) || between(n.data.expires && utc(n.data.expires)))).toBe(false);
    for (const feed of ['/notices/atom.xml', '/notices/rss.xml']) expect(read(later, feed), feed).toBe(read(SAMPLE_DIST, feed));
  });
});
