import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftoverPrevious, leftoverStaging, removeInBackground, swapIntoPlace } from '../../../src/build/swap.ts';
import { tempDir } from '../../support/temp-dir.ts';

function folderWith(dir: string, text: string): string {
  mkdirSync(path.join(dir, 'a'), { recursive: true });
  writeFileSync(path.join(dir, 'a/index.html'), text);
  return dir;
}

describe('swapIntoPlace', () => {
  it('puts the staging folder in place and keeps the previous output, untouched, beside it', () => {
    const root = tempDir('heliograph-swap-');
    const out = folderWith(path.join(root, 'dist'), 'old');
    const staging = folderWith(path.join(root, 'dist.staging-1'), 'new');
    const previous = swapIntoPlace(staging, out);
    expect(readFileSync(path.join(out, 'a/index.html'), 'utf8')).toBe('new');
    expect(previous).toBeDefined();
    expect(path.dirname(previous!)).toBe(root);
    expect(path.basename(previous!).startsWith('dist.previous-')).toBe(true);
    expect(readFileSync(path.join(previous!, 'a/index.html'), 'utf8')).toBe('old');
    expect(existsSync(staging)).toBe(false);
  });

  it('returns nothing to remove when there was no previous output', () => {
    const root = tempDir('heliograph-swap-');
    const staging = folderWith(path.join(root, 'dist.staging-1'), 'new');
    expect(swapIntoPlace(staging, path.join(root, 'dist'))).toBeUndefined();
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('is not blocked by a previous output an interrupted build left behind', () => {
    const root = tempDir('heliograph-swap-');
    const out = folderWith(path.join(root, 'dist'), 'old');
    const stale = folderWith(path.join(root, `dist.previous-${process.pid}-0`), 'stale');
    const previous = swapIntoPlace(folderWith(path.join(root, 'dist.staging-1'), 'new'), out);
    expect(previous).not.toBe(stale);
    expect(readFileSync(path.join(out, 'a/index.html'), 'utf8')).toBe('new');
  });
});

describe('leftoverPrevious', () => {
  it('lists only the previous outputs of this output folder', () => {
    const root = tempDir('heliograph-swap-');
    for (const name of ['dist', 'dist.previous-12-34', 'dist.staging-5', 'other.previous-1', 'distant.previous-2']) mkdirSync(path.join(root, name));
    expect(leftoverPrevious(path.join(root, 'dist'))).toEqual([path.join(root, 'dist.previous-12-34')]);
  });

  it('and leftoverStaging only the staging folders of this output folder', () => {
    const root = tempDir('heliograph-swap-');
    for (const name of ['dist', 'dist.previous-12-34', 'dist.staging-5', 'dist.spare', 'other.staging-1', 'distant.staging-2']) mkdirSync(path.join(root, name));
    expect(leftoverStaging(path.join(root, 'dist'))).toEqual([path.join(root, 'dist.staging-5')]);
  });

  it('is empty when the parent folder does not exist yet', () => {
    expect(leftoverPrevious(path.join(os.tmpdir(), 'heliograph-no-such-folder', 'dist'))).toEqual([]);
  });
});

describe('removeInBackground', () => {
  it('removes every folder given, in a child process, and leaves the rest', async () => {
    const root = tempDir('heliograph-swap-');
    const a = folderWith(path.join(root, 'dist.previous-1-1'), 'x');
    const b = folderWith(path.join(root, 'dist.previous-2-2'), 'y');
    folderWith(path.join(root, 'dist'), 'live');
    const child = removeInBackground([a, b]);
    expect(child).toBeDefined();
    const [code] = await once(child!, 'exit');
    expect(code).toBe(0);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(path.join(root, 'dist/a/index.html'), 'utf8')).toBe('live');
  });

  it('first empties the spare tree of its files, keeping its folders, and never follows a link out of it', async () => {
    const root = tempDir('heliograph-swap-');
    const spare = folderWith(path.join(root, 'dist.spare'), 'old');
    mkdirSync(path.join(spare, 'b/c'), { recursive: true });
    writeFileSync(path.join(spare, 'b/c/feed.xml'), 'old');
    const outside = folderWith(path.join(root, 'outside'), 'not garbage');
    symlinkSync(outside, path.join(spare, 'b/link'));
    const old = folderWith(path.join(root, 'dist.previous-1-1'), 'x');
    const [code] = await once(removeInBackground([old], [spare])!, 'exit');
    expect(code).toBe(0);
    expect(readdirSync(root).sort()).toEqual(['dist.spare', 'outside']);
    expect(readdirSync(spare).sort()).toEqual(['a', 'b']);
    expect(readdirSync(path.join(spare, 'a'))).toEqual([]);
    expect(readdirSync(path.join(spare, 'b'))).toEqual(['c']);
    expect(readdirSync(path.join(spare, 'b/c'))).toEqual([]);
    expect(readFileSync(path.join(outside, 'a/index.html'), 'utf8')).toBe('not garbage');
  });

  it('finds nothing to do under a name that has gone (the next build took the spare)', async () => {
    const root = tempDir('heliograph-swap-');
    const [code] = await once(removeInBackground([], [path.join(root, 'dist.spare')])!, 'exit');
    expect(code).toBe(0);
  });

  it('starts nothing when there is nothing to remove', () => {
    expect(removeInBackground([])).toBeUndefined();
  });
});
