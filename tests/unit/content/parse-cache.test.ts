import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { MemoryParseCache, type ParsedEntry } from '../../../src/lib/content/parse-cache.ts';
import { FIXTURES, SAMPLE_CONTENT } from '../../support/paths.ts';

/** What a cache holds after being written to JSON and read back, as the build does. */
const roundTrip = (cache: MemoryParseCache) => new MemoryParseCache(new Map(JSON.parse(JSON.stringify([...cache.used])) as [string, ParsedEntry][]));

describe('loadContent with a parse cache', () => {
  it('gives exactly what parsing every file gives, from a cache read back from JSON', () => {
    const fresh = loadContent(SAMPLE_CONTENT);
    const first = new MemoryParseCache();
    loadContent(SAMPLE_CONTENT, process.cwd(), first);
    expect(first.changed).toBe(true);
    const second = roundTrip(first);
    const cached = loadContent(SAMPLE_CONTENT, process.cwd(), second);
    expect(second.changed).toBe(false);
    // Every entry file, and the three settings files.
    expect(second.used.size).toBe(fresh.content.incidents.length + fresh.content.maintenance.length + fresh.content.releases.length + fresh.content.notices.length + 3);
    expect(cached).toStrictEqual(fresh);
  });

  it('remembers the settings files too: a rebuild with no changed file needs no YAML parser', () => {
    const first = new MemoryParseCache();
    loadContent(SAMPLE_CONTENT, process.cwd(), first);
    const settings = [...first.used.keys()].filter((key) => key.startsWith('settings-'));
    expect(settings.filter((key) => key.startsWith('settings-mapping:'))).toHaveLength(1);
    expect(settings.filter((key) => key.startsWith('settings-list:'))).toHaveLength(2);
    // The second run reads the regions from the cache, whatever it holds: here one region in place of the file's.
    const regionsKey = settings.find((key) => first.used.get(key)!.data instanceof Array && (first.used.get(key)!.data as { code?: string }[]).some((r) => r.code === 'NAM'))!;
    const second = new MemoryParseCache(new Map([...first.used].map(([key, value]) => [key, key === regionsKey ? { ...value, data: (value.data as { code?: string }[]).filter((r) => r.code === 'NAM') } : value])));
    expect(loadContent(SAMPLE_CONTENT, process.cwd(), second).content.regions.map((r) => r.code)).toEqual(['NAM']);
  });

  it('parses a changed file again, and never remembers a file with problems', () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'heliograph-parse-cache-')), 'content');
    cpSync(SAMPLE_CONTENT, dir, { recursive: true });
    const cache = new MemoryParseCache();
    loadContent(dir, process.cwd(), cache);
    const file = path.join(dir, 'incidents/2026/nam-cannot-save-records.md');
    writeFileSync(file, '---\ntitle: Broken\n---\n');
    const again = roundTrip(cache);
    const broken = loadContent(dir, process.cwd(), again);
    expect(broken.problems.some((p) => p.file.endsWith('nam-cannot-save-records.md'))).toBe(true);
    expect(broken.content.incidents.some((e) => e.id === '2026/nam-cannot-save-records')).toBe(false);
    // Still reported on the next run: nothing about the broken file was remembered.
    expect(loadContent(dir, process.cwd(), roundTrip(again)).problems).toEqual(broken.problems);
  });

  it('reports the same problems with and without a cache for a folder of broken files', () => {
    const broken = path.join(FIXTURES, 'broken');
    const cache = new MemoryParseCache();
    const first = loadContent(broken, process.cwd(), cache);
    expect(first.problems.length).toBeGreaterThan(0);
    expect(loadContent(broken, process.cwd(), roundTrip(cache)).problems).toEqual(loadContent(broken).problems);
  });
});
