/**
 * Two builds in one project would write the same bundle, caches and spare
 * tree, so a build takes the project's lock first (src/build/build-lock.ts):
 * a second build stops before touching anything, a lock whose process is gone
 * is taken over, and the staging folder an interrupted build left beside the
 * output is used as a spare tree or removed — never published. The compile
 * cache the builds share is bounded (src/build/compile-cache.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../support/build.ts';
import { ROOT, SAMPLE_CONTENT, SAMPLE_NOW } from '../../support/paths.ts';
import { differences, tree } from '../../support/trees.ts';
import { cacheDirFor } from '../../../src/build/build-site.ts';
import { COMPILE_CACHE_MODULES } from '../../../src/build/compile-cache.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-one-at-a-time-'));
const content = path.join(root, 'content');
cpSync(SAMPLE_CONTENT, content, { recursive: true });
const out = path.join(root, 'dist');
const LOCK = path.join(ROOT, '.astro/build.lock');
/** A process that stands for another build still running. */
const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600_000)'], { stdio: 'ignore' });

afterAll(() => {
  holder.kill();
  rmSync(root, { recursive: true, force: true });
  rmSync(path.join(ROOT, cacheDirFor(content)), { recursive: true, force: true });
});

const lockFor = (pid: number, host = os.hostname()) => {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  writeFileSync(LOCK, `${JSON.stringify({ pid, host })}\n`);
};

describe('a build while another build holds the lock', () => {
  it('stops at once, says which process holds it, and touches nothing', () => {
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'previous site');
    lockFor(holder.pid!);
    const run = runBuild({ content, now: SAMPLE_NOW, out });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Build stopped: another build (process ${holder.pid}) is running in this project`);
    expect(run.stderr).toContain('.astro/build.lock');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(root).sort()).toEqual(['content', 'dist']);
    // The holder's lock is not the stopped build's to remove.
    expect(JSON.parse(readFileSync(LOCK, 'utf8')).pid).toBe(holder.pid);
  });
});

describe('a lock left behind', () => {
  it('by a process that is gone is taken over, and released when the build ends', () => {
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    lockFor(Number(gone.stdout.trim()));
    const run = runBuild({ content, now: SAMPLE_NOW, out });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(LOCK)).toBe(false);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toBe('previous site');
  });

  it('by another machine (a restored cache) is taken over, even if a process here has its number', () => {
    lockFor(holder.pid!, `not-${os.hostname()}`);
    const run = runBuild({ content, now: SAMPLE_NOW, out });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(LOCK)).toBe(false);
  });
});

describe('the staging folder of an interrupted build', () => {
  it('never reaches the output: the rebuild writes what a cold build writes, and the folder is gone', () => {
    rmSync(`${out}.spare`, { recursive: true, force: true });
    const interrupted = `${out}.staging-999999`;
    mkdirSync(path.join(interrupted, 'incidents/2026/never-published'), { recursive: true });
    writeFileSync(path.join(interrupted, 'incidents/2026/never-published/index.html'), 'half-written');
    writeFileSync(path.join(interrupted, 'index.html'), 'half-written');
    expect(runBuild({ content, now: SAMPLE_NOW, out }).status).toBe(0);
    expect(existsSync(interrupted)).toBe(false);
    const cold = path.join(root, 'cold');
    expect(runBuild({ content, now: SAMPLE_NOW, out: cold }).status).toBe(0);
    expect(differences(tree(out), tree(cold))).toEqual([]);
    expect(readdirSync(root).filter((name) => name.includes('.staging-'))).toEqual([]);
  });
});

describe('the compile cache', () => {
  it('loses a folder holding more modules than COMPILE_CACHE_MODULES after a build, and keeps the others', async () => {
    const cache = path.join(ROOT, 'node_modules/.astro/compile-cache');
    const overgrown = path.join(cache, `test-overgrown-${process.pid}`);
    const small = path.join(cache, `test-small-${process.pid}`);
    mkdirSync(overgrown, { recursive: true });
    mkdirSync(small, { recursive: true });
    for (let i = 0; i <= COMPILE_CACHE_MODULES; i++) writeFileSync(path.join(overgrown, String(i)), '');
    writeFileSync(path.join(small, '0'), '');
    try {
      expect(runBuild({ content, now: SAMPLE_NOW, out }).status).toBe(0);
      // Renamed aside at once, removed by the background child.
      expect(existsSync(overgrown)).toBe(false);
      const aside = () => readdirSync(cache).filter((name) => name.startsWith(`test-overgrown-${process.pid}`));
      for (let waited = 0; aside().length > 0 && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      expect(aside()).toEqual([]);
      expect(readdirSync(small)).toEqual(['0']);
    } finally {
      rmSync(small, { recursive: true, force: true });
      rmSync(overgrown, { recursive: true, force: true });
    }
  }, 60_000);
});
