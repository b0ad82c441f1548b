import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasParseCache, readParseCache, writeParseCache } from '../../../src/build/parse-cache-file.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function cacheDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'heliograph-parse-cache-'));
  made.push(dir);
  return dir;
}

const ENTRY = { data: { title: 'Sign-in errors' }, body: 'We are looking into it.\n', lines: { title: 2, body: 5 } };

/** Writes one entry through the real writer, then lets `damage` edit the stored JSON. */
function stored(dir: string, damage: (json: { version: string; entries: unknown[] }) => void): void {
  const first = readParseCache(dir);
  first.cache.set('incidents:abc', ENTRY);
  writeParseCache(dir, first);
  const file = path.join(dir, 'heliograph-parsed.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { version: string; entries: unknown[] };
  damage(json);
  writeFileSync(file, JSON.stringify(json));
}

describe('the parse cache file', () => {
  it('reads back what was written', () => {
    const dir = cacheDir();
    stored(dir, () => {});
    const { cache } = readParseCache(dir);
    expect(cache.size).toBe(1);
    expect(cache.get('incidents:abc')).toEqual(ENTRY);
  });

  it.each([
    ['an entry that is not a pair', (json: { entries: unknown[] }) => (json.entries = [['incidents:abc']])],
    ['a body that is not text', (json: { entries: unknown[] }) => (json.entries = [['incidents:abc', { ...ENTRY, body: 7 }]])],
    ['no data', (json: { entries: unknown[] }) => (json.entries = [['incidents:abc', { body: ENTRY.body, lines: ENTRY.lines }]])],
    ['a line that is not a number', (json: { entries: unknown[] }) => (json.entries = [['incidents:abc', { ...ENTRY, lines: { title: 'two' } }]])],
    ['entries that are not a list', (json: { entries: unknown }) => (json.entries = { 'incidents:abc': ENTRY })],
    ['another version', (json: { version: string }) => (json.version = 'older')],
  ])('is refused whole, as an empty cache, with %s', (_name, damage) => {
    const dir = cacheDir();
    stored(dir, damage as (json: { version: string; entries: unknown[] }) => void);
    expect(readParseCache(dir).cache.size).toBe(0);
  });

  it('is there once written (a first build reads no files ahead: src/build/build-site.ts)', () => {
    const dir = cacheDir();
    expect(hasParseCache(dir)).toBe(false);
    stored(dir, () => {});
    expect(hasParseCache(dir)).toBe(true);
  });

  it('is not there when it is of another version (the first build after a change to the content library reads every file once)', () => {
    const dir = cacheDir();
    stored(dir, (json) => (json.version = 'older'));
    expect(hasParseCache(dir)).toBe(false);
    expect(readParseCache(dir).cache.size).toBe(0);
  });

  it('is an empty cache when missing or not JSON', () => {
    const dir = cacheDir();
    expect(readParseCache(dir).cache.size).toBe(0);
    writeFileSync(path.join(dir, 'heliograph-parsed.json'), '{"version":');
    expect(readParseCache(dir).cache.size).toBe(0);
  });
});

describe('the parse cache file after a few changed files', () => {
  const MAIN = 'heliograph-parsed.json';
  const NEW = 'heliograph-parsed.new.json';
  const entry = (n: number) => ({ ...ENTRY, data: { title: `Entry ${n}` } });

  /** A main file of 100 results, keys incidents:0 … incidents:99, written and read back as a build does. */
  function hundred(dir: string) {
    const first = readParseCache(dir);
    for (let n = 0; n < 100; n++) first.cache.set(`incidents:${n}`, entry(n));
    writeParseCache(dir, first);
    return readParseCache(dir);
  }

  /** One build's use of the cache: every key of `keys` asked for, those it lacks parsed and added. */
  function build(dir: string, keys: string[]) {
    const read = readParseCache(dir);
    for (const key of keys) if (!read.cache.get(key)) read.cache.set(key, { ...ENTRY, data: { title: key } });
    writeParseCache(dir, read);
  }

  const keys = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `incidents:${from + i}`);

  it('writes only the new results beside the main file, and reads back both', () => {
    const dir = cacheDir();
    hundred(dir);
    const main = readFileSync(path.join(dir, MAIN), 'utf8');
    // One file changed: key 0 is gone, key 100 is new.
    build(dir, keys(1, 101));
    expect(readFileSync(path.join(dir, MAIN), 'utf8')).toBe(main);
    expect((JSON.parse(readFileSync(path.join(dir, NEW), 'utf8')) as { entries: [string][] }).entries.map(([key]) => key)).toEqual(['incidents:100']);
    const { cache } = readParseCache(dir);
    expect(cache.get('incidents:100')).toEqual({ ...ENTRY, data: { title: 'incidents:100' } });
    expect(cache.get('incidents:50')).toEqual(entry(50));
  });

  it('writes the main file again, with exactly what was used, once the changes pass 5 % of it', () => {
    const dir = cacheDir();
    hundred(dir);
    for (let n = 1; n <= 5; n++) build(dir, keys(n, 100 + n));
    expect(existsSync(path.join(dir, NEW))).toBe(true);
    // The sixth changed file passes 5 of 100.
    build(dir, keys(6, 106));
    expect(existsSync(path.join(dir, NEW))).toBe(false);
    const stored = JSON.parse(readFileSync(path.join(dir, MAIN), 'utf8')) as { entries: [string][] };
    expect(stored.entries.map(([key]) => key).sort()).toEqual(keys(6, 106).sort());
    expect(readParseCache(dir).cache.size).toBe(100);
  });

  it('ignores new results tied to another main file, and damaged ones', () => {
    const dir = cacheDir();
    hundred(dir);
    build(dir, keys(1, 101));
    const delta = JSON.parse(readFileSync(path.join(dir, NEW), 'utf8')) as { base: string };
    writeFileSync(path.join(dir, NEW), JSON.stringify({ ...delta, base: 'another main file' }));
    expect(readParseCache(dir).cache.get('incidents:100')).toBeUndefined();
    expect(readParseCache(dir).cache.size).toBe(100);
    writeFileSync(path.join(dir, NEW), '{"version":');
    expect(readParseCache(dir).cache.size).toBe(100);
  });
});
