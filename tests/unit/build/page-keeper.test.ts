import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PageKeeper } from '../../../src/build/page-keeper.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A previous output with `files` (path → text) and an empty staging folder. */
function folders(files: Record<string, string>): { from: string; to: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'heliograph-keeper-'));
  made.push(root);
  const from = path.join(root, 'dist');
  const to = path.join(root, 'dist.staging');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(from, file)), { recursive: true });
    writeFileSync(path.join(from, file), text);
  }
  mkdirSync(to);
  return { from, to };
}

/** Waits until `file` exists (the worker links in the background), or gives up after two seconds. */
async function appears(file: string): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    try {
      statSync(file);
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  return false;
}

describe('PageKeeper', () => {
  it('links every kept file into the staging folder, in its folder, as the same file', async () => {
    const { from, to } = folders({ 'incidents/a/index.html': 'A', 'incidents/b/index.html': 'B', 'history/2026-11/index.html': 'H' });
    const keeper = new PageKeeper(from, to);
    keeper.keep('incidents/a/index.html');
    keeper.keep('history/2026-11/index.html');
    await keeper.done();
    expect(readFileSync(path.join(to, 'incidents/a/index.html'), 'utf8')).toBe('A');
    expect(readFileSync(path.join(to, 'history/2026-11/index.html'), 'utf8')).toBe('H');
    expect(statSync(path.join(to, 'incidents/a/index.html')).ino).toBe(statSync(path.join(from, 'incidents/a/index.html')).ino);
    // Only what was kept.
    expect(() => statSync(path.join(to, 'incidents/b'))).toThrow();
    expect(keeper.count).toBe(2);
  });

  it('links a kept file in at once, before the build asks it to finish (Astro sets up and bundles meanwhile)', async () => {
    const { from, to } = folders({ 'a/index.html': 'A' });
    const keeper = new PageKeeper(from, to);
    keeper.keep('a/index.html');
    expect(await appears(path.join(to, 'a/index.html'))).toBe(true);
    await keeper.done();
    expect(readFileSync(path.join(to, 'a/index.html'), 'utf8')).toBe('A');
  });

  it('keeps nothing more once the build has failed', async () => {
    const { from, to } = folders({ 'b/index.html': 'B' });
    // The build failed in the same turn the file was handed over: it is dropped, not written.
    const keeper = new PageKeeper(from, to);
    keeper.keep('b/index.html');
    await keeper.abandon();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(() => statSync(path.join(to, 'b'))).toThrow();
  });

  it('keeps files handed over after an earlier batch went out', async () => {
    const { from, to } = folders({ 'a/index.html': 'A', 'b/index.html': 'B' });
    const keeper = new PageKeeper(from, to);
    keeper.keep('a/index.html');
    await new Promise((resolve) => setTimeout(resolve, 20));
    keeper.keep('b/index.html');
    await keeper.done();
    expect(readFileSync(path.join(to, 'b/index.html'), 'utf8')).toBe('B');
  });

  it('has nothing to wait for when nothing is kept', async () => {
    const { from, to } = folders({});
    await expect(new PageKeeper(from, to).done()).resolves.toBeUndefined();
  });

  it('fails when a kept file is gone from the previous output', async () => {
    const { from, to } = folders({ 'a/index.html': 'A' });
    const keeper = new PageKeeper(from, to);
    keeper.keep('a/index.html');
    keeper.keep('gone/index.html');
    await expect(keeper.done()).rejects.toThrow(/ENOENT/);
  });

  it('never overwrites a file already in the staging folder', async () => {
    const { from, to } = folders({ 'a/index.html': 'previous' });
    mkdirSync(path.join(to, 'a'));
    writeFileSync(path.join(to, 'a/index.html'), 'rendered');
    const keeper = new PageKeeper(from, to);
    keeper.keep('a/index.html');
    await expect(keeper.done()).rejects.toThrow(/EEXIST/);
    expect(readFileSync(path.join(to, 'a/index.html'), 'utf8')).toBe('rendered');
    expect(readFileSync(path.join(from, 'a/index.html'), 'utf8')).toBe('previous');
  });
});

describe('PageKeeper reusing an earlier tree', () => {
  /** The tree of the output before the previous one: links to the live files, a file of its own, and folders of pages no longer built. */
  function withSpare(): { from: string; to: string } {
    const { from, to } = folders({ 'a/index.html': 'A', 'b/index.html': 'B', 'c/d/index.html': 'D' });
    for (const dir of ['a', 'b', 'c/d', 'gone/deep']) mkdirSync(path.join(to, dir), { recursive: true });
    linkSync(path.join(from, 'a/index.html'), path.join(to, 'a/index.html'));
    linkSync(path.join(from, 'b/index.html'), path.join(to, 'b/index.html'));
    writeFileSync(path.join(to, 'gone/deep/index.html'), 'an old page');
    return { from, to };
  }

  it('removes every file of the earlier tree before anything is written, and keeps its folders', async () => {
    const { from, to } = withSpare();
    const keeper = new PageKeeper(from, to, { reuse: true });
    await keeper.cleared();
    for (const file of ['a/index.html', 'b/index.html', 'gone/deep/index.html']) expect(existsSync(path.join(to, file)), file).toBe(false);
    for (const dir of ['a', 'b', 'c/d', 'gone/deep']) expect(statSync(path.join(to, dir)).isDirectory(), dir).toBe(true);
    // The live files it shared by link are untouched.
    expect(readFileSync(path.join(from, 'a/index.html'), 'utf8')).toBe('A');
    expect(readFileSync(path.join(from, 'b/index.html'), 'utf8')).toBe('B');
    await keeper.done();
  });

  it('ends with the kept files, what was written after clearing, and no folder that nothing went into', async () => {
    const { from, to } = withSpare();
    const keeper = new PageKeeper(from, to, { reuse: true });
    keeper.keep('a/index.html');
    await keeper.cleared();
    // A page rendered into a folder of the earlier tree: a new file, not one shared with the live output.
    writeFileSync(path.join(to, 'b/index.html'), 'B, rendered again');
    keeper.keep('c/d/index.html');
    await keeper.done();
    expect(readFileSync(path.join(to, 'a/index.html'), 'utf8')).toBe('A');
    expect(statSync(path.join(to, 'a/index.html')).ino).toBe(statSync(path.join(from, 'a/index.html')).ino);
    expect(readFileSync(path.join(to, 'c/d/index.html'), 'utf8')).toBe('D');
    expect(readFileSync(path.join(to, 'b/index.html'), 'utf8')).toBe('B, rendered again');
    expect(readFileSync(path.join(from, 'b/index.html'), 'utf8')).toBe('B');
    expect(existsSync(path.join(to, 'gone'))).toBe(false);
    expect(readdirSync(to).sort()).toEqual(['a', 'b', 'c']);
  });

  it('stopped (the content had errors), leaves the earlier tree with all its folders and the live files untouched', async () => {
    const { from, to } = withSpare();
    const keeper = new PageKeeper(from, to, { reuse: true });
    await keeper.stop();
    for (const dir of ['a', 'b', 'c/d', 'gone/deep']) expect(statSync(path.join(to, dir)).isDirectory(), dir).toBe(true);
    expect(readFileSync(path.join(from, 'a/index.html'), 'utf8')).toBe('A');
    expect(readFileSync(path.join(from, 'b/index.html'), 'utf8')).toBe('B');
    // Stopped means stopped: nothing handed over afterwards is linked in (c/d/index.html is only in the live output).
    keeper.keep('c/d/index.html');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(path.join(to, 'c/d/index.html'))).toBe(false);
  });
});
