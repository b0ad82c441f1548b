/**
 * A first build parses half of the entry files on another thread
 * (src/build/parse-ahead.ts): what the validation pass loads, reports and
 * caches must be exactly what it would have without that thread.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAhead } from '../../../src/build/parse-ahead.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { MemoryParseCache } from '../../../src/lib/content/parse-cache.ts';
import { FIXTURES, SAMPLE_CONTENT } from '../../support/paths.ts';

/** The Markdown files below `dir`: counted here, not by the code under test. */
function markdownFiles(dir: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const p = path.join(dir, name);
    return n + (statSync(p).isDirectory() ? markdownFiles(p) : name.endsWith('.md') ? 1 : 0);
  }, 0);
}

describe('parsing ahead on another thread', () => {
  it('loads and reports exactly what the validation pass alone does, for clean and broken content', async () => {
    for (const folder of [SAMPLE_CONTENT, path.join(FIXTURES, 'broken'), path.join(FIXTURES, 'hostile')]) {
      const alone = loadContent(folder, process.cwd(), new MemoryParseCache());
      const ahead = parseAhead(folder, process.cwd(), new MemoryParseCache());
      // The worker goes through its files first: every entry but the first one visited comes from it.
      await ahead.ended;
      expect(loadContent(folder, process.cwd(), ahead.cache), folder).toStrictEqual(alone);
      expect(ahead.taken, folder).toBeGreaterThan(0);
      await ahead.stop();
    }
  });

  it('leaves only the first file of a clean folder to the validation pass when the worker is through first', async () => {
    const entries = ['incidents', 'maintenance', 'releases', 'notices'].reduce((n, kind) => n + markdownFiles(path.join(SAMPLE_CONTENT, kind)), 0);
    const ahead = parseAhead(SAMPLE_CONTENT, process.cwd(), new MemoryParseCache());
    await ahead.ended;
    loadContent(SAMPLE_CONTENT, process.cwd(), ahead.cache);
    expect(ahead.taken).toBe(entries - 1);
    await ahead.stop();
  });

  it('meets the validation pass wherever it is: started together, the result is the same', async () => {
    const alone = loadContent(SAMPLE_CONTENT, process.cwd(), new MemoryParseCache());
    const ahead = parseAhead(SAMPLE_CONTENT, process.cwd(), new MemoryParseCache());
    expect(loadContent(SAMPLE_CONTENT, process.cwd(), ahead.cache)).toStrictEqual(alone);
    await ahead.stop();
  });

  it("puts what it took into the parse cache as the validation pass would, without the entry's body", async () => {
    const alone = new MemoryParseCache();
    loadContent(SAMPLE_CONTENT, process.cwd(), alone);
    const cache = new MemoryParseCache();
    const ahead = parseAhead(SAMPLE_CONTENT, process.cwd(), cache);
    await ahead.ended;
    loadContent(SAMPLE_CONTENT, process.cwd(), ahead.cache);
    await ahead.stop();
    expect(cache.changed).toBe(true);
    expect(new Map([...cache.used].sort())).toStrictEqual(new Map([...alone.used].sort()));
    for (const [key, value] of cache.used) if (!key.startsWith('settings-')) expect(value, key).not.toHaveProperty('body');
  });

  it('leaves everything to the validation pass when there is nothing to read', async () => {
    const missing = path.join(FIXTURES, 'no-such-folder');
    const alone = loadContent(missing, process.cwd(), new MemoryParseCache());
    const ahead = parseAhead(missing, process.cwd(), new MemoryParseCache());
    await ahead.ended;
    expect(loadContent(missing, process.cwd(), ahead.cache)).toStrictEqual(alone);
    expect(ahead.taken).toBe(0);
    await ahead.stop();
  });
});
