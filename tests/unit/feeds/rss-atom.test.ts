import { XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { buildAtom } from '../../../src/lib/feeds/atom.ts';
import { fitFeed } from '../../../src/lib/feeds/fit.ts';
import { FEED_MAX_BYTES } from '../../../src/lib/feeds/items.ts';
import { buildJsonFeed, JSON_FEED_VERSION } from '../../../src/lib/feeds/json-feed.ts';
import { buildRss } from '../../../src/lib/feeds/rss.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { readFeed } from '../../support/feed-reader.ts';
import { content, HOSTILE, incident, LATER, NOW } from './sample-content.ts';

const CLEAN_HOSTILE = HOSTILE.replace(/[\u0001\u0008\u000B]/g, '');
const hostile = () =>
  buildIndex(
    content({ incidents: [incident('2026/hostile', ['EUR'], '2026-11-21T09:00:00.000Z', { title: HOSTILE, body: `${HOSTILE}\n\n<script>x</script>`, updates: [{ at: '2026-11-21T09:05:00.000Z', status: 'investigating', text: HOSTILE }] })] }),
    NOW,
  );

describe('buildRss', () => {
  it('writes RSS 2.0: channel title, link, description; items with the change id as a non-permalink guid', async () => {
    const xml = await buildRss(buildIndex(content(), NOW), { kind: 'region', code: 'EUR' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parseRssFeed(xml);
    expect(rss.title).toBe('Status: Europe');
    expect(rss.link).toBe('https://status.example.com/regions/eur/');
    expect(rss.lastBuildDate).toBe('Sat, 21 Nov 2026 10:00:00 GMT');
    expect(rss.items).toHaveLength(7);
    const first = rss.items![0]!;
    expect(first.title).toBe('Investigating: Incident 2026/eur-open (EUR)');
    expect(first.guid).toEqual({ value: expect.stringMatching(/^tag:heliograph,2026:incidents\/2026\/eur-open\/incident\.opened\//), isPermaLink: false });
    expect(first.link).toBe('https://status.example.com/incidents/2026/eur-open/#update-1');
    expect(first.pubDate).toBe('Sat, 21 Nov 2026 10:00:00 GMT');
    expect(first.content?.encoded).toContain('<p>Looking.</p>');
  });

  it('escapes hostile titles and texts and drops XML-forbidden characters', async () => {
    const xml = await buildRss(hostile(), { kind: 'all' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0001\u0008\u000B]/);
    const item = readFeed(xml, 'rss').find((i) => i.link.includes('/hostile/'))!;
    expect(item.title).toBe(`Investigating: ${CLEAN_HOSTILE} (EUR)`);
    expect(item.html).not.toContain('<script>');
  });

  it('is byte-identical at another now when no time-driven change happens in between', async () => {
    const c = content({ maintenance: [], releases: [], incidents: [incident('2026/old', ['NAM'], '2026-10-01T00:00:00.000Z', { resolved: '2026-10-01T01:00:00.000Z' })] });
    expect(await buildRss(buildIndex(c, NOW), { kind: 'collection', collection: 'incidents' })).toBe(
      await buildRss(buildIndex(c, LATER), { kind: 'collection', collection: 'incidents' }),
    );
  });
});

describe('buildAtom (the feed library)', () => {
  it('writes Atom 1.0: feed id, title, updated, author, self link; entries with id, title, updated, published, link', async () => {
    const xml = await buildAtom(buildIndex(content(), NOW), { kind: 'component', id: 'database' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe('https://status.example.com/components/database/atom.xml');
    expect(feed.title).toEqual({ value: 'Status: Database' });
    expect(feed.updated).toBe('2026-11-21T11:00:00.000Z');
    expect(feed.authors?.[0]?.name).toBe('Status');
    expect(feed.links?.find((l) => l.rel === 'self')?.href).toBe(feed.id);
    expect(readFeed(xml, 'atom').map((e) => [e.title, e.date, e.link])).toEqual([
      ['In progress: Maintenance 2026/nam-db (NAM)', '2026-11-21T11:00:00.000Z', 'https://status.example.com/maintenance/2026/nam-db/#updates'],
      ['Scheduled: Maintenance 2026/eur-soon (EUR)', '2026-11-01T00:00:00.000Z', 'https://status.example.com/maintenance/2026/eur-soon/#updates'],
      ['Scheduled: Maintenance 2026/nam-db (NAM)', '2026-11-01T00:00:00.000Z', 'https://status.example.com/maintenance/2026/nam-db/#updates'],
    ]);
    for (const e of feed.entries!) expect(e.published).toBe(e.updated);
  });

  it('escapes hostile text in titles, summaries and HTML content', async () => {
    const xml = await buildAtom(hostile(), { kind: 'region', code: 'EUR' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0001\u0008\u000B]/);
    const entry = readFeed(xml, 'atom').find((e) => e.link.includes('/hostile/'))!;
    expect(entry.title).toBe(`Investigating: ${CLEAN_HOSTILE} (EUR)`);
    expect(entry.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(entry.html).not.toContain('<script>');
  });

  it('has an empty feed stamped with the content’s last change', async () => {
    const xml = await buildAtom(buildIndex(content({ incidents: [], maintenance: [], releases: [], notices: [] }), NOW), { kind: 'all' });
    expect(parseAtomFeed(xml).updated).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('buildJsonFeed', () => {
  it('writes JSON Feed 1.1 with its required fields and plain-text titles', async () => {
    const text = await buildJsonFeed(hostile(), { kind: 'region-incidents', code: 'EUR' });
    const doc = JSON.parse(text);
    expect(doc.version).toBe(JSON_FEED_VERSION);
    expect(doc.title).toBe('Status: Europe: incidents');
    expect(doc.feed_url).toBe('https://status.example.com/regions/eur/incidents/feed.json');
    expect(doc.authors).toEqual([{ name: 'Status', url: 'https://status.example.com' }]);
    expect(doc.author).toBeUndefined();
    for (const item of doc.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
    }
    const parsed = parseJsonFeed(doc);
    expect(parsed.items?.find((i) => String(i.url).includes('/hostile/'))?.title).toBe(`Investigating: ${HOSTILE} (EUR)`);
  });
});

describe('fitFeed', () => {
  it('drops the oldest items until the rendering fits, never cutting one', async () => {
    const items = Array.from({ length: 50 }, (_, i) => `item-${i}:${'x'.repeat(10_000)}`);
    const text = await fitFeed(items, (list) => list.join('\n'));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(FEED_MAX_BYTES);
    const kept = text.split('\n');
    expect(kept.length).toBe(26);
    expect(kept.at(-1)).toBe(items[25]);
  });
});

describe('every feed within FEED_LIMIT items and 256 KB, at any number of entries', () => {
  /** A generated corpus: many incidents whose updates are as long as the schema allows and full of characters that escaping multiplies. */
  const corpus = (count: number, text: string) =>
    buildIndex(
      content({
        maintenance: [],
        releases: [],
        notices: [],
        incidents: Array.from({ length: count }, (_, i) => {
          const started = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 3_600_000).toISOString();
          const entry = incident(`2026/i-${String(i).padStart(4, '0')}`, ['EUR'], started, {
            title: `Incident ${i} ${text.slice(0, 200)}`,
            updates: [{ at: started, status: 'investigating', text }],
          });
          return { ...entry, data: { ...entry.data, workaround: text, tracking_id: text } };
        }),
      }),
      NOW,
    );

  it.each([
    ['plain text', 'word '.repeat(2_000)],
    ['text escaping multiplies', '&<>"\''.repeat(2_000)],
  ])('%s', async (_name, text) => {
    const index = corpus(200, text);
    for (const scope of [{ kind: 'all' }, { kind: 'region', code: 'EUR' }, { kind: 'region-incidents', code: 'EUR' }, { kind: 'component', id: 'sign-in' }] as const) {
      const outputs = [
        ['rss', await buildRss(index, scope)],
        ['atom', await buildAtom(index, scope)],
        ['json', await buildJsonFeed(index, scope)],
      ] as const;
      for (const [format, out] of outputs) {
        expect(Buffer.byteLength(out), `${scope.kind} ${format}`).toBeLessThanOrEqual(FEED_MAX_BYTES);
        const list = readFeed(out, format);
        expect(list.length).toBeGreaterThan(0);
        expect(list.length).toBeLessThanOrEqual(50);
        // The newest are kept.
        expect(list[0]!.title.startsWith('Investigating: Incident 199 '), list[0]!.title.slice(0, 40)).toBe(true);
      }
    }
  }, 60_000);
});
