import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** Runs the keeper's "bundles are built" hook, as Astro would before rendering the pages. */
async function bundlesBuilt(keeper: PageKeeper): Promise<void> {
  let plugin: { buildApp: { handler: () => Promise<void> } } | undefined;
  const setup = keeper.integration().hooks['astro:config:setup'] as unknown as (options: { updateConfig: (config: { vite: { plugins: (typeof plugin)[] } }) => void }) => void;
  setup({ updateConfig: (config) => (plugin = config.vite.plugins[0]) });
  await plugin?.buildApp.handler();
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

  it('writes nothing into the staging folder until Astro has built its bundles (it empties the folder first)', async () => {
    const { from, to } = folders({ 'a/index.html': 'A', 'b/index.html': 'B' });
    const keeper = new PageKeeper(from, to);
    keeper.keep('a/index.html');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(() => statSync(path.join(to, 'a'))).toThrow();
    await bundlesBuilt(keeper);
    keeper.keep('b/index.html');
    await keeper.done();
    expect(readFileSync(path.join(to, 'a/index.html'), 'utf8')).toBe('A');
    expect(readFileSync(path.join(to, 'b/index.html'), 'utf8')).toBe('B');
  });

  it('keeps nothing more once the build has failed', async () => {
    const { from, to } = folders({ 'b/index.html': 'B' });
    // The build failed before Astro built its bundles: what was handed over is dropped, not written.
    const keeper = new PageKeeper(from, to);
    keeper.keep('b/index.html');
    await keeper.abandon();
    expect(() => statSync(path.join(to, 'b'))).toThrow();
  });

  it('keeps files handed over after an earlier batch went out', async () => {
    const { from, to } = folders({ 'a/index.html': 'A', 'b/index.html': 'B' });
    const keeper = new PageKeeper(from, to);
    await bundlesBuilt(keeper);
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
