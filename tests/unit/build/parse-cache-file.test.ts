import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readParseCache, writeParseCache } from '../../../src/build/parse-cache-file.ts';

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

  it('is an empty cache when missing or not JSON', () => {
    const dir = cacheDir();
    expect(readParseCache(dir).cache.size).toBe(0);
    writeFileSync(path.join(dir, 'heliograph-parsed.json'), '{"version":');
    expect(readParseCache(dir).cache.size).toBe(0);
  });
});
