import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { digestOf, digestOnce, fingerprint } from '../../../src/lib/incremental/fingerprint.ts';
import { canReuse, manifestId, MANIFEST_VERSION, pageFile, parseManifest, serialiseManifest } from '../../../src/lib/incremental/manifest.ts';

describe('pageFile', () => {
  it('maps a page URL to the file Astro writes for it', () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/incidents/2026/a.b-c/')).toBe('incidents/2026/a.b-c/index.html');
    expect(pageFile('/history/2026/11/regions/eur/page/2/')).toBe('history/2026/11/regions/eur/page/2/index.html');
    expect(pageFile('/rss.xml')).toBe('rss.xml');
  });
});

describe('the build manifest', () => {
  const pages = new Map([
    ['b/index.html', 'B'],
    ['a/index.html', 'A'],
  ]);

  it('round-trips, sorted by file, for the output that carries its id', () => {
    const text = serialiseManifest('key', pages);
    expect(text).toBe(`{"version":${MANIFEST_VERSION},"build":"key","pages":{"a/index.html":"A","b/index.html":"B"}}\n`);
    expect(parseManifest(text, `${manifestId(text)}\n`)).toEqual({ version: MANIFEST_VERSION, build: 'key', pages: { 'a/index.html': 'A', 'b/index.html': 'B' } });
  });

  it('is not trusted for an output with another id, or none (an interrupted build, another build into the folder)', () => {
    const text = serialiseManifest('key', pages);
    const other = serialiseManifest('key', new Map([['a/index.html', 'A']]));
    expect(parseManifest(text, manifestId(other))).toBeUndefined();
    expect(parseManifest(text, undefined)).toBeUndefined();
  });

  it('is ignored when missing, broken or of another version', () => {
    const trusted = (text: string) => parseManifest(text, manifestId(text));
    expect(parseManifest(undefined, 'x')).toBeUndefined();
    expect(trusted('{"version":1,')).toBeUndefined();
    expect(trusted('{"version":0,"build":"k","pages":{}}')).toBeUndefined();
    expect(trusted('{"version":1,"build":"k","pages":null}')).toBeUndefined();
    expect(trusted('{"version":1,"build":"k","pages":{}}')).toEqual({ version: 1, build: 'k', pages: {} });
  });

  it('lets a page be kept only under the same build key and the same fingerprint', () => {
    const text = serialiseManifest('key', pages);
    const previous = parseManifest(text, manifestId(text));
    expect(canReuse(previous, 'key', 'a/index.html', 'A')).toBe(true);
    expect(canReuse(previous, 'key', 'a/index.html', 'B')).toBe(false);
    expect(canReuse(previous, 'other key', 'a/index.html', 'A')).toBe(false);
    expect(canReuse(previous, 'key', 'c/index.html', 'A')).toBe(false);
    expect(canReuse(undefined, 'key', 'a/index.html', 'A')).toBe(false);
  });
});

describe('fingerprint', () => {
  it('changes with the build key, the file and any input, and only with them', () => {
    const base = fingerprint('key', 'a/index.html', { body: 'x', at: ['2026-11-21T12:00:00Z'] });
    expect(fingerprint('key', 'a/index.html', { body: 'x', at: ['2026-11-21T12:00:00Z'] })).toBe(base);
    expect(fingerprint('key2', 'a/index.html', { body: 'x', at: ['2026-11-21T12:00:00Z'] })).not.toBe(base);
    expect(fingerprint('key', 'b/index.html', { body: 'x', at: ['2026-11-21T12:00:00Z'] })).not.toBe(base);
    expect(fingerprint('key', 'a/index.html', { body: 'y', at: ['2026-11-21T12:00:00Z'] })).not.toBe(base);
    expect(fingerprint('key', 'a/index.html', { body: 'x', at: ['2026-11-21T12:00:01Z'] })).not.toBe(base);
    // The separators keep key and file apart: "ab" + "c" is not "a" + "bc".
    expect(fingerprint('ab', 'c', 1)).not.toBe(fingerprint('a', 'bc', 1));
  });
});

describe('digestOf', () => {
  it("is the sha256 (base64url) of the value's JSON: equal data, equal digest; any change, another", () => {
    const items = { items: [{ id: 'tag:x', html: '<p>a</p>' }], updated: '2026-11-21T12:00:00Z' };
    expect(digestOf(items)).toBe(createHash('sha256').update('{"items":[{"id":"tag:x","html":"<p>a</p>"}],"updated":"2026-11-21T12:00:00Z"}').digest('base64url'));
    expect(digestOf(structuredClone(items))).toBe(digestOf(items));
    expect(digestOf({ ...items, updated: '2026-11-21T12:00:01Z' })).not.toBe(digestOf(items));
  });
});

describe('digestOnce', () => {
  it('is digestOf the value, worked out once per key object', () => {
    const key = {};
    let made = 0;
    const value = () => (made++, { a: 1 });
    expect(digestOnce(key, value)).toBe(createHash('sha256').update('{"a":1}').digest('base64url'));
    expect(digestOnce(key, value)).toBe(digestOnce(key, value));
    expect(made).toBe(1);
    expect(digestOnce({}, () => ({ a: 2 }))).not.toBe(digestOnce(key, value));
  });
});
