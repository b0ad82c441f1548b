import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAtom } from '../../../src/lib/feeds/atom.ts';
import { buildRss } from '../../../src/lib/feeds/rss.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { content, HOSTILE, incident, LATER, NOW } from './sample-content.ts';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (_name, jpath) => ['rss.channel.item', 'feed.entry', 'feed.link', 'feed.entry.link', 'feed.entry.category'].includes(String(jpath)) });
const hostile = () =>
  buildIndex(
    content({ incidents: [incident('2026/hostile', ['EUR'], '2026-11-21T09:00:00.000Z', { title: HOSTILE, body: `${HOSTILE}\n\n<script>x</script>`, updates: [{ at: '2026-11-21T09:05:00.000Z', status: 'investigating', text: HOSTILE }] })] }),
    NOW,
  );

describe('buildRss', () => {
  it('writes RSS 2.0 with channel title, link, description and items with guid, link, pubDate', async () => {
    const xml = await buildRss(buildIndex(content(), NOW), { kind: 'region', code: 'EUR' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parser.parse(xml);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe('Status: Europe');
    expect(rss.channel.link).toBe('https://status.example.com/regions/eur/');
    expect(rss.channel.lastBuildDate).toBe('Sat, 21 Nov 2026 10:00:00 GMT');
    expect(rss.channel.item).toHaveLength(5);
    const first = rss.channel.item[0];
    expect(first.guid['#text']).toBe('https://status.example.com/maintenance/2026/eur-soon/');
    expect(first.guid['@_isPermaLink']).toBe('true');
    expect(first.pubDate).toBe('Sun, 01 Nov 2026 00:00:00 GMT');
    expect(first['content:encoded']).toContain('<p>What changes.</p>');
  });

  it('escapes hostile titles and bodies and drops XML-forbidden characters', async () => {
    const xml = await buildRss(hostile(), { kind: 'all' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0001\u0008\u000B]/);
    const item = parser.parse(xml).rss.channel.item.find((i: { title: string }) => i.title.startsWith('<script>'));
    expect(item.title).toBe(HOSTILE.replace(/[\u0001\u0008\u000B]/g, ''));
    expect(item['content:encoded']).not.toContain('<script>');
  });

  it('is byte-identical at another now when no state word changes', async () => {
    const c = content({ maintenance: [], incidents: [incident('2026/old', ['NAM'], '2026-10-01T00:00:00.000Z', { resolved: '2026-10-01T01:00:00.000Z' })] });
    expect(await buildRss(buildIndex(c, NOW), { kind: 'collection', collection: 'incidents' })).toBe(
      await buildRss(buildIndex(c, LATER), { kind: 'collection', collection: 'incidents' }),
    );
  });
});

describe('buildAtom', () => {
  it('writes Atom 1.0 with feed id, title, updated, author, self link and entries with id, title, updated, published, link', () => {
    const xml = buildAtom(buildIndex(content(), NOW), { kind: 'component', id: 'database' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://status.example.com/components/database/atom.xml');
    expect(feed.title['#text']).toBe('Status: Database');
    expect(feed.updated).toBe('2026-11-01T00:00:00.000Z');
    expect(feed.author.name).toBe('Status');
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(feed.id);
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      'https://status.example.com/maintenance/2026/eur-soon/',
      'https://status.example.com/maintenance/2026/nam-db/',
    ]);
    for (const e of feed.entry) {
      expect(e.title['#text']).toBeTruthy();
      expect(e.updated).toMatch(/Z$/);
      expect(e.published).toMatch(/Z$/);
      expect(e.link[0]['@_href']).toBe(e.id);
      expect(e.content['@_type']).toBe('html');
    }
  });

  it('escapes hostile text in titles, summaries and HTML content', () => {
    const xml = buildAtom(hostile(), { kind: 'region', code: 'EUR' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(/[\u0001\u0008\u000B]/);
    const entry = parser.parse(xml).feed.entry.find((e: { id: string }) => e.id.endsWith('/hostile/'));
    expect(entry.title['#text']).toBe(HOSTILE.replace(/[\u0001\u0008\u000B]/g, ''));
    expect(entry.content['#text']).not.toContain('<script>');
    expect(entry.content['#text']).not.toContain('x</script>');
  });

  it('has an empty feed stamped with the content’s last change', () => {
    const xml = buildAtom(buildIndex(content({ incidents: [], maintenance: [], releases: [], notices: [] }), NOW), { kind: 'all' });
    expect(parser.parse(xml).feed.updated).toBe('1970-01-01T00:00:00.000Z');
  });
});
