import { appendFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entrySource, withSource } from '../../../src/lib/content/entry-source.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { MemoryParseCache } from '../../../src/lib/content/parse-cache.ts';
import { SAMPLE_CONTENT } from '../../support/paths.ts';
import { tempDir } from '../../support/temp-dir.ts';

const ID = '2026/nam-cannot-save-records';

describe('entrySource', () => {
  it('is the parse key of the bytes an entry was read from, when the validation pass has a cache', () => {
    const dir = path.join(tempDir('heliograph-entry-source-'), 'content');
    cpSync(SAMPLE_CONTENT, dir, { recursive: true });
    const sourceOf = () => {
      const entry = loadContent(dir, process.cwd(), new MemoryParseCache()).content.incidents.find((e) => e.id === ID);
      return entry && entrySource(entry);
    };
    const before = sourceOf();
    expect(before).toMatch(/^incidents:[A-Za-z0-9_-]{43}$/);
    expect(sourceOf()).toBe(before);
    // One more byte in the file: another source, so every page showing the entry is rendered again.
    appendFileSync(path.join(dir, `incidents/${ID}.md`), '\n');
    expect(sourceOf()).not.toBe(before);
    expect(sourceOf()).toMatch(/^incidents:/);
  });

  it('is absent without a cache and on plain data, and never part of the entry as data', () => {
    const entry = loadContent(SAMPLE_CONTENT).content.incidents[0]!;
    expect(entrySource(entry)).toBeUndefined();
    const marked = withSource({ id: 'x' }, 'incidents:abc');
    expect(entrySource(marked)).toBe('incidents:abc');
    expect(JSON.stringify(marked)).toBe('{"id":"x"}');
    expect(marked).toStrictEqual({ id: 'x' });
    expect(entrySource({ id: 'x' })).toBeUndefined();
  });
});
