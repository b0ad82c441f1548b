import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { absoluteUrl, FEED_LIMIT, feedItem, feedItems, feedUpdated, scopeEntries } from '../../../src/lib/feeds/items.ts';
import { content, incident, LATER, NOW } from './sample-content.ts';

const index = buildIndex(content(), NOW);
const ids = (scope: Parameters<typeof scopeEntries>[1]) => scopeEntries(index, scope).map((e) => `${e.collection}/${e.id}`);

describe('scopeEntries', () => {
  it('lists a region exactly as its timeline, newest first, a release once, global entries included', () => {
    expect(ids({ kind: 'region', code: 'EUR' })).toEqual([
      'maintenance/2026/eur-soon',
      'incidents/2026/eur-open',
      'releases/2026/9.2.2611.2',
      'notices/2026/tls',
      'incidents/2026/global-old',
    ]);
    expect(ids({ kind: 'region', code: 'GCC-HIGH' })).toEqual(['notices/2026/tls', 'incidents/2026/global-old']);
  });

  it('lists a collection, a component and everything', () => {
    expect(ids({ kind: 'collection', collection: 'incidents' })).toEqual(['incidents/2026/eur-open', 'incidents/2026/nam-resolved', 'incidents/2026/global-old']);
    expect(ids({ kind: 'component', id: 'database' })).toEqual(['maintenance/2026/eur-soon', 'maintenance/2026/nam-db']);
    expect(ids({ kind: 'component', id: 'api' })).toContain('releases/2026/9.2.2611.2');
    expect(ids({ kind: 'component', id: 'api' })).not.toContain('notices/2026/tls');
    expect(ids({ kind: 'all' })).toHaveLength(7);
  });

  it('stops at FEED_LIMIT items, keeping the newest', () => {
    const many = Array.from({ length: FEED_LIMIT + 15 }, (_, i) =>
      incident(`2025/i-${String(i).padStart(3, '0')}`, ['NAM'], new Date(Date.parse('2025-01-01T00:00:00Z') + i * 86_400_000).toISOString()),
    );
    const big = buildIndex(content({ incidents: many }), NOW);
    for (const scope of [{ kind: 'all' }, { kind: 'region', code: 'NAM' }, { kind: 'collection', collection: 'incidents' }, { kind: 'component', id: 'sign-in' }] as const) {
      const entries = scopeEntries(big, scope);
      expect(entries.length).toBe(FEED_LIMIT);
      expect(new Set(entries.map((e) => e.id)).size).toBe(FEED_LIMIT);
    }
    expect(scopeEntries(big, { kind: 'collection', collection: 'incidents' })[0]!.id).toBe('2025/i-064');
  });

  it('refuses an unknown region or component', () => {
    expect(() => scopeEntries(index, { kind: 'region', code: 'XXX' })).toThrow(/no such region/);
    expect(() => scopeEntries(index, { kind: 'component', id: 'nope' })).toThrow(/no such component/);
  });
});

describe('feedItem', () => {
  it('uses the permalink as id, announced/started as published and the last change as updated', () => {
    const open = index.byKey.get('incidents/2026/eur-open')!;
    const item = feedItem(open, index);
    expect(item.id).toBe('https://status.example.com/incidents/2026/eur-open/');
    expect(item.published).toBe('2026-11-21T10:00:00.000Z');
    const m = feedItem(index.byKey.get('maintenance/2026/nam-db')!, index);
    expect(m.published).toBe('2026-11-01T00:00:00.000Z');
    const r = feedItem(index.byKey.get('releases/2026/9.2.2611.2')!, index);
    expect(r.published).toBe('2026-11-10T00:00:00.000Z');
    const resolved = feedItem(index.byKey.get('incidents/2026/nam-resolved')!, index);
    expect(resolved.updated).toBe('2026-11-19T12:00:00.000Z');
  });

  it('says the current state and latest update before the body', () => {
    const item = feedItem(index.byKey.get('incidents/2026/eur-open')!, index);
    expect(item.summary).toBe('Investigating. Latest update, 2026-11-21 10:00 UTC (Investigating): Looking.');
    expect(item.html.startsWith('<p><strong>Investigating</strong></p>')).toBe(true);
    expect(item.html.indexOf('Latest update')).toBeLessThan(item.html.indexOf('<p>Body.</p>'));
    expect(feedItem(index.byKey.get('maintenance/2026/nam-db')!, index).summary).toMatch(/^In progress/);
  });

  it('gives the same ids, published and updated at another now; only the state words change', () => {
    const later = buildIndex(content(), LATER);
    const strip = (items: ReturnType<typeof feedItems>) => items.map(({ id, published, updated }) => ({ id, published, updated }));
    expect(strip(feedItems(later, { kind: 'all' }))).toEqual(strip(feedItems(index, { kind: 'all' })));
    expect(feedItem(later.byKey.get('maintenance/2026/nam-db')!, later).summary).toBe('Running past its window (the window ended 2026-11-21 13:00 UTC)');
    const evenLater = buildIndex(content(), '2026-12-02T00:00:00.000Z');
    expect(feedItem(evenLater.byKey.get('maintenance/2026/nam-db')!, evenLater)).toEqual(feedItem(later.byKey.get('maintenance/2026/nam-db')!, later));
  });

  it('keeps a path in the site URL', () => {
    expect(absoluteUrl({ url: 'https://example.com/status/' }, '/incidents/x/')).toBe('https://example.com/status/incidents/x/');
  });
});

describe('feedUpdated', () => {
  it('is the newest item update, or the fallback for an empty feed', () => {
    const items = feedItems(index, { kind: 'region', code: 'EUR' });
    expect(feedUpdated(items, 'x')).toBe('2026-11-21T10:00:00.000Z');
    expect(feedUpdated([], '1970-01-01T00:00:00.000Z')).toBe('1970-01-01T00:00:00.000Z');
  });
});
