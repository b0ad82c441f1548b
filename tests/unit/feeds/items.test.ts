import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { absoluteUrl, clip, FEED_LIMIT, feedContent, feedItem, feedItems, feedUpdated, MAX_SUMMARY_CHARS, scopeChanges } from '../../../src/lib/feeds/items.ts';
import { content, incident, LATER, NOW } from './sample-content.ts';

const index = buildIndex(content(), NOW);
const kinds = (scope: Parameters<typeof scopeChanges>[1]) => scopeChanges(index, scope).map((c) => `${c.kind} ${c.entry.id}`);

describe('scopeChanges', () => {
  it('lists a region’s changes newest first, global ones and its release stages included', () => {
    expect(kinds({ kind: 'region', code: 'EUR' })).toEqual([
      'incident.opened 2026/eur-open',
      'release.stage_reached 2026/9.2.2611.2',
      'notice.published 2026/tls',
      'release.announced 2026/9.2.2611.2',
      'maintenance.announced 2026/eur-soon',
      'incident.resolved 2026/global-old',
      'incident.opened 2026/global-old',
    ]);
    expect(kinds({ kind: 'region-incidents', code: 'EUR' })).toEqual(['incident.opened 2026/eur-open', 'incident.resolved 2026/global-old', 'incident.opened 2026/global-old']);
    expect(kinds({ kind: 'region', code: 'GCC-HIGH' })).toEqual(['notice.published 2026/tls', 'incident.resolved 2026/global-old', 'incident.opened 2026/global-old']);
  });

  it('keeps release stages out of the everything, kind and component feeds', () => {
    for (const scope of [{ kind: 'all' }, { kind: 'collection', collection: 'releases' }, { kind: 'component', id: 'api' }] as const) {
      expect(scopeChanges(index, scope).some((c) => c.kind === 'release.stage_reached')).toBe(false);
    }
    expect(kinds({ kind: 'collection', collection: 'releases' })).toEqual(['release.announced 2026/9.2.2611.2']);
  });

  it('a component feed holds its incidents, maintenance (all components when none are listed) and releases, no notices', () => {
    expect(kinds({ kind: 'component', id: 'database' })).toEqual([
      'maintenance.started 2026/nam-db',
      'maintenance.announced 2026/eur-soon',
      'maintenance.announced 2026/nam-db',
    ]);
    expect(kinds({ kind: 'component', id: 'sign-in' })).toContain('maintenance.announced 2026/eur-soon');
    expect(kinds({ kind: 'component', id: 'api' }).some((k) => k.startsWith('notice'))).toBe(false);
  });

  it('stops at FEED_LIMIT items, keeping the newest', () => {
    const many = Array.from({ length: FEED_LIMIT + 15 }, (_, i) =>
      incident(`2025/i-${String(i).padStart(3, '0')}`, ['NAM'], new Date(Date.parse('2025-01-01T00:00:00Z') + i * 86_400_000).toISOString()),
    );
    const big = buildIndex(content({ incidents: many }), NOW);
    for (const scope of [{ kind: 'all' }, { kind: 'region', code: 'NAM' }, { kind: 'region-incidents', code: 'NAM' }, { kind: 'collection', collection: 'incidents' }, { kind: 'component', id: 'sign-in' }] as const) {
      const changes = scopeChanges(big, scope);
      expect(changes.length).toBe(FEED_LIMIT);
      expect(new Set(changes.map((c) => c.id)).size).toBe(FEED_LIMIT);
    }
    expect(scopeChanges(big, { kind: 'collection', collection: 'incidents' })[0]!.entry.id).toBe('2025/i-064');
  });

  it('refuses an unknown region or component', () => {
    expect(() => scopeChanges(index, { kind: 'region', code: 'XXX' })).toThrow(/no such region/);
    expect(() => scopeChanges(index, { kind: 'region-incidents', code: 'XXX' })).toThrow(/no such region/);
    expect(() => scopeChanges(index, { kind: 'component', id: 'nope' })).toThrow(/no such component/);
  });
});

describe('feedItem', () => {
  it('is the change: its id, its time, its title; links the entry page at the change’s anchor', () => {
    const [change] = scopeChanges(index, { kind: 'region-incidents', code: 'EUR' });
    const item = feedItem(change!, index);
    expect(item.id).toBe(change!.id);
    expect(item.date).toBe('2026-11-21T10:00:00.000Z');
    expect(item.title).toBe('Investigating: Incident 2026/eur-open (EUR)');
    expect(item.link).toBe('https://status.example.com/incidents/2026/eur-open/#update-1');
  });

  it('says what changed first, then the facts, then the link', () => {
    const item = feedItem(scopeChanges(index, { kind: 'region-incidents', code: 'EUR' })[0]!, index);
    expect(item.summary).toBe('Looking.');
    const [what, facts, link] = [item.html.indexOf('<p>Looking.</p>'), item.html.indexOf('<li>Impact: Major outage'), item.html.indexOf('href="https://status.example.com/incidents/2026/eur-open/#update-1"')];
    expect(what).toBe(0);
    expect(facts).toBeGreaterThan(what);
    expect(link).toBeGreaterThan(facts);
  });

  it('bounds what changed, whatever the update’s length', () => {
    const long = 'word '.repeat(5_000);
    const big = buildIndex(content({ incidents: [incident('2026/long', ['NAM'], '2026-11-21T09:00:00.000Z', { updates: [{ at: '2026-11-21T09:00:00.000Z', status: 'investigating', text: long }] })] }), NOW);
    const item = feedItem(scopeChanges(big, { kind: 'region-incidents', code: 'NAM' })[0]!, big);
    expect(item.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(item.summary.endsWith('…')).toBe(true);
    expect(clip('short', 10)).toBe('short');
  });

  it('gives the same items at another now, adding only time-driven ones', () => {
    const later = buildIndex(content(), LATER);
    const before = feedItems(index, { kind: 'all' });
    const after = feedItems(later, { kind: 'all' });
    const added = after.filter((a) => !before.some((b) => b.id === a.id));
    // By 2026-12-01 nam-db has run past its window, and eur-soon (30 November 19:00–21:00) has started and run past its.
    expect(added.map((a) => `${a.change} ${a.link.split('/').at(-2)}`)).toEqual(['maintenance.overran eur-soon', 'maintenance.started eur-soon', 'maintenance.overran nam-db']);
    expect(after.filter((a) => before.some((b) => b.id === a.id))).toEqual(before);
  });

  it('keeps a path in the site URL', () => {
    expect(absoluteUrl({ url: 'https://example.com/status/' }, '/incidents/x/')).toBe('https://example.com/status/incidents/x/');
  });
});

describe('feedUpdated', () => {
  it('is the newest item’s time, or the fallback for an empty feed', () => {
    const items = feedItems(index, { kind: 'region', code: 'EUR' });
    expect(feedUpdated(items, 'x')).toBe('2026-11-21T10:00:00.000Z');
    expect(feedUpdated([], '1970-01-01T00:00:00.000Z')).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('feedContent', () => {
  it('is the scope’s items and its updated time, worked out once per scope and index: RSS, Atom and JSON Feed share it', () => {
    const eur = feedContent(index, { kind: 'region', code: 'EUR' });
    expect(eur.items).toEqual(feedItems(index, { kind: 'region', code: 'EUR' }));
    expect(eur.updated).toBe('2026-11-21T10:00:00.000Z');
    expect(feedContent(index, { kind: 'region', code: 'EUR' })).toBe(eur);
    // Another scope of the same region is another feed.
    expect(feedContent(index, { kind: 'region-incidents', code: 'EUR' }).items.map((i) => i.change)).toEqual(['incident.opened', 'incident.resolved', 'incident.opened']);
  });

  it('is plain data (a rebuild fingerprints it): the same through JSON', () => {
    const eur = feedContent(index, { kind: 'region', code: 'EUR' });
    expect(JSON.parse(JSON.stringify(eur))).toEqual(eur);
  });

  it('gives an empty feed the time the site last changed', () => {
    const empty = buildIndex({ ...content(), incidents: [], maintenance: [], releases: [], notices: [] }, NOW);
    expect(feedContent(empty, { kind: 'all' })).toEqual({ items: [], updated: '1970-01-01T00:00:00.000Z' });
  });
});
