/**
 * The build lists and reads the content on another thread, then loads it from
 * the parse cache wherever a file's digest is known (src/build/content-prefetch.ts,
 * src/lib/content/load.ts). That must never change what is loaded.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prefetchContent } from '../../../src/build/content-prefetch.ts';
import { loadContent, type PrefetchedFiles } from '../../../src/lib/content/load.ts';
import { MemoryParseCache } from '../../../src/lib/content/parse-cache.ts';
import { FIXTURES, SAMPLE_CONTENT } from '../../support/paths.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-prefetch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file below `dir`, sorted by name at each level, no dotfiles: written here, not taken from the code under test. */
function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? listFiles(p) : [p];
    });
}

describe('prefetchContent', () => {
  it("lists each kind folder and gives each Markdown file the sha256 (base64url) of its bytes", async () => {
    const content = path.join(root, 'listed');
    cpSync(SAMPLE_CONTENT, content, { recursive: true });
    writeFileSync(path.join(content, 'incidents', 'notes.txt'), 'not an entry');
    const files = await prefetchContent(content);
    expect(files).toBeDefined();
    for (const kind of ['incidents', 'maintenance', 'releases', 'notices']) {
      const dir = path.join(content, kind);
      expect(files!.listings.get(dir), kind).toEqual(listFiles(dir));
    }
    const markdown = ['incidents', 'maintenance', 'releases', 'notices'].flatMap((kind) => listFiles(path.join(content, kind))).filter((f) => f.endsWith('.md'));
    expect([...files!.digests.keys()].sort()).toEqual([...markdown].sort());
    for (const file of markdown) expect(files!.digests.get(file)).toBe(createHash('sha256').update(readFileSync(file)).digest('base64url'));
  });

  it('lists no folder that is not there', async () => {
    const content = path.join(root, 'empty');
    cpSync(path.join(SAMPLE_CONTENT, 'site.yaml'), path.join(content, 'site.yaml'));
    const files = await prefetchContent(content);
    expect(files!.listings.size).toBe(0);
  });
});

describe('loadContent with prefetched files', () => {
  it('loads exactly what reading every file loads, with a warm cache and with a cold one', async () => {
    for (const folder of [SAMPLE_CONTENT, path.join(FIXTURES, 'broken')]) {
      const plain = loadContent(folder);
      const prefetched = await prefetchContent(folder);
      const cold = new MemoryParseCache();
      expect(loadContent(folder, process.cwd(), cold, prefetched)).toStrictEqual(plain);
      expect(loadContent(folder, process.cwd(), new MemoryParseCache(cold.used), prefetched)).toStrictEqual(plain);
    }
  });

  it('takes a file whose digest the cache knows from the cache without reading it', () => {
    const content = path.join(root, 'unread');
    cpSync(SAMPLE_CONTENT, content, { recursive: true });
    const cache = new MemoryParseCache();
    const before = loadContent(content, process.cwd(), cache);
    const file = path.join(content, 'incidents/2026/nam-cannot-save-records.md');
    const digest = createHash('sha256').update(readFileSync(file)).digest('base64url');
    // The file is gone from disk, yet listed with the digest it had: it can only have come from the cache.
    rmSync(file);
    const listed = new Map([...['incidents', 'maintenance', 'releases', 'notices'].map((kind) => [path.join(content, kind), listFiles(path.join(content, kind))] as const)]);
    listed.set(path.join(content, 'incidents'), [...listed.get(path.join(content, 'incidents'))!, file].sort());
    const prefetched: PrefetchedFiles = { listings: listed, digests: new Map([[file, digest]]) };
    const after = loadContent(content, process.cwd(), new MemoryParseCache(cache.used), prefetched);
    expect(after.content.incidents.map((e) => e.id).sort()).toEqual(before.content.incidents.map((e) => e.id).sort());
  });

  it('reads and parses a file again when its prefetched digest is not in the cache (it changed)', () => {
    const content = path.join(root, 'changed');
    cpSync(SAMPLE_CONTENT, content, { recursive: true });
    const cache = new MemoryParseCache();
    loadContent(content, process.cwd(), cache);
    const file = path.join(content, 'incidents/2026/nam-cannot-save-records.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Users in North America cannot save records', 'title: A title changed since'));
    const prefetched: PrefetchedFiles = { listings: new Map(), digests: new Map([[file, 'a-digest-no-cache-has']]) };
    const after = loadContent(content, process.cwd(), new MemoryParseCache(cache.used), prefetched);
    expect(after.content.incidents.find((e) => e.id === '2026/nam-cannot-save-records')?.data.title).toBe('A title changed since');
  });
});
