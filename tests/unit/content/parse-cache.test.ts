import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { validateContent } from '../../../src/lib/check/validate.ts';
import { parseEntrySource } from '../../../src/lib/content/source.ts';
import { MemoryParseCache, type ParsedEntry } from '../../../src/lib/content/parse-cache.ts';
import { FIXTURES, SAMPLE_CONTENT } from '../../support/paths.ts';
import { tempDir } from '../../support/temp-dir.ts';

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
    const dir = path.join(tempDir('heliograph-parse-cache-'), 'content');
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

describe('bodies and the parse cache', () => {
  it('keeps no entry body: an entry from the cache reads its body from its file, the same as a fresh parse', () => {
    const first = new MemoryParseCache();
    loadContent(SAMPLE_CONTENT, process.cwd(), first);
    expect([...first.used].filter(([key, value]) => !key.startsWith('settings-') && value.body !== undefined)).toEqual([]);
    const cached = loadContent(SAMPLE_CONTENT, process.cwd(), roundTrip(first));
    const file = path.join(SAMPLE_CONTENT, 'incidents/2026/nam-cannot-save-records.md');
    const parsed = parseEntrySource(file, readFileSync(file));
    expect(parsed.ok && parsed.body).toContain('## Root cause');
    expect(cached.content.incidents.find((e) => e.id === '2026/nam-cannot-save-records')!.body).toBe(parsed.ok ? parsed.body : undefined);
  });

  it('stops the build, by name, when a file changed after it was validated and its body is asked for', () => {
    const dir = path.join(tempDir('heliograph-parse-cache-'), 'content');
    cpSync(SAMPLE_CONTENT, dir, { recursive: true });
    const first = new MemoryParseCache();
    loadContent(dir, process.cwd(), first);
    const loaded = loadContent(dir, process.cwd(), roundTrip(first));
    const file = path.join(dir, 'incidents/2026/nam-cannot-save-records.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added during the build.\n`);
    const entry = loaded.content.incidents.find((e) => e.id === '2026/nam-cannot-save-records')!;
    expect(() => entry.body).toThrow(/nam-cannot-save-records\.md changed while the site was being built/);
  });

  it('reports a body of only prompts from the cache as from the file, without reading the bodies that hold none', () => {
    const folder = path.join(FIXTURES, 'prompts');
    const plain = validateContent(folder, '2026-11-21T12:00:00Z', process.cwd()).problems;
    expect(plain.some((p) => p.field === 'body' && p.message.includes('only authoring prompts'))).toBe(true);
    const cache = new MemoryParseCache();
    validateContent(folder, '2026-11-21T12:00:00Z', process.cwd(), new Set(), cache);
    const again = roundTrip(cache);
    const cached = validateContent(folder, '2026-11-21T12:00:00Z', process.cwd(), new Set(), again);
    expect(cached.problems).toEqual(plain);
    expect(cached.problems.length).toBeGreaterThan(0);
  });

  it('reads no body that holds no comment while validating', () => {
    const cache = new MemoryParseCache();
    validateContent(SAMPLE_CONTENT, '2026-11-21T12:00:00Z', process.cwd(), new Set(), cache);
    const cached = validateContent(SAMPLE_CONTENT, '2026-11-21T12:00:00Z', process.cwd(), new Set(), roundTrip(cache));
    // A body not read is still an accessor.
    const entries = [...cached.content.incidents, ...cached.content.maintenance, ...cached.content.releases, ...cached.content.notices];
    const unread = (e: (typeof entries)[number]) => typeof Object.getOwnPropertyDescriptor(e, 'body')?.get === 'function';
    const withoutComment = entries.filter((e) => !readFileSync(path.join(process.cwd(), e.file), 'utf8').includes('<!--'));
    expect(withoutComment.length).toBeGreaterThan(0);
    expect(withoutComment.filter((e) => !unread(e)).map((e) => e.file)).toEqual([]);
  });
});
