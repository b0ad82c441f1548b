import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockFileIn, takeBuildLock } from '../../../src/build/build-lock.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-build-lock-'));
  roots.push(root);
  return root;
}
const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());

describe('takeBuildLock', () => {
  it('writes .astro/build.lock naming this process and host, and release removes it', () => {
    const root = project();
    const lock = takeBuildLock(root);
    expect('release' in lock).toBe(true);
    expect(lockFileIn(root)).toBe(path.join(root, '.astro/build.lock'));
    expect(JSON.parse(readFileSync(lockFileIn(root), 'utf8'))).toEqual({ pid: process.pid, host: os.hostname() });
    if ('release' in lock) lock.release();
    expect(existsSync(lockFileIn(root))).toBe(false);
  });

  it('is refused while the holder runs, naming it', () => {
    const root = project();
    const first = takeBuildLock(root);
    expect(takeBuildLock(root)).toEqual({ heldBy: process.pid, file: lockFileIn(root) });
    if ('release' in first) first.release();
    expect('release' in takeBuildLock(root)).toBe(true);
  });

  it.each([
    ['a process that is gone', () => JSON.stringify({ pid: deadPid(), host: os.hostname() })],
    ['another host', () => JSON.stringify({ pid: process.pid, host: `not-${os.hostname()}` })],
  ])('takes over a lock held by %s', (_name, text) => {
    const root = project();
    mkdirSync(path.join(root, '.astro'));
    writeFileSync(lockFileIn(root), text());
    const lock = takeBuildLock(root);
    expect('release' in lock).toBe(true);
    expect(JSON.parse(readFileSync(lockFileIn(root), 'utf8')).pid).toBe(process.pid);
  });

  it('leaves a lock that says nothing yet alone while it is new (its build is writing it), and takes it over once old', () => {
    const root = project();
    mkdirSync(path.join(root, '.astro'));
    writeFileSync(lockFileIn(root), '');
    expect(takeBuildLock(root)).toEqual({ heldBy: 0, file: lockFileIn(root) });
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFileIn(root), old, old);
    expect('release' in takeBuildLock(root)).toBe(true);
  });

  it('release leaves a lock another build has since taken', () => {
    const root = project();
    const lock = takeBuildLock(root);
    writeFileSync(lockFileIn(root), JSON.stringify({ pid: 1, host: os.hostname() }));
    if ('release' in lock) lock.release();
    expect(existsSync(lockFileIn(root))).toBe(true);
  });

  it('takes over a dead lock only if it is still dead once the takeover is its own: a build that took it over meanwhile keeps it', () => {
    const root = project();
    mkdirSync(path.join(root, '.astro'));
    writeFileSync(lockFileIn(root), JSON.stringify({ pid: deadPid(), host: os.hostname() }));
    const other = JSON.stringify({ pid: process.ppid, host: os.hostname() });
    // Another build finds the same dead lock and takes it over between our look and our takeover.
    const lock = takeBuildLock(root, { afterDeadLockSeen: () => writeFileSync(lockFileIn(root), other) });
    expect(lock).toEqual({ heldBy: process.ppid, file: lockFileIn(root) });
    expect(readFileSync(lockFileIn(root), 'utf8')).toBe(other);
    expect(readdirSync(path.join(root, '.astro')).sort()).toEqual(['build.lock']);
  });

  it('waits out a takeover in progress, and clears one left by a build killed during it', () => {
    const root = project();
    mkdirSync(path.join(root, '.astro'));
    const dead = JSON.stringify({ pid: deadPid(), host: os.hostname() });
    writeFileSync(lockFileIn(root), dead);
    const takeover = `${lockFileIn(root)}.takeover`;
    writeFileSync(takeover, JSON.stringify({ pid: process.ppid, host: os.hostname() }));
    expect(takeBuildLock(root)).toEqual({ heldBy: JSON.parse(dead).pid, file: lockFileIn(root) });
    expect(readFileSync(lockFileIn(root), 'utf8')).toBe(dead);
    writeFileSync(takeover, JSON.stringify({ pid: deadPid(), host: os.hostname() }));
    const lock = takeBuildLock(root);
    expect('release' in lock).toBe(true);
    expect(JSON.parse(readFileSync(lockFileIn(root), 'utf8'))).toEqual({ pid: process.pid, host: os.hostname() });
    expect(readdirSync(path.join(root, '.astro')).sort()).toEqual(['build.lock']);
  });

  it('goes to exactly one of several builds that find the same dead lock at the same moment', async () => {
    // Each child waits for the same instant, then tries; one that takes the lock holds it a while, so every other sees it held.
    const child = `
      const [root, at] = process.argv.slice(1);
      const { takeBuildLock } = await import(${JSON.stringify(new URL('../../../src/build/build-lock.ts', import.meta.url).href)});
      while (Date.now() < Number(at)) {}
      const lock = takeBuildLock(root);
      if ('release' in lock) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
      console.log('release' in lock ? 'took' : 'held');
    `;
    const run = (root: string, at: number) =>
      new Promise<string>((resolve, reject) => {
        const p = spawn(process.execPath, ['--input-type=module', '-e', child, root, String(at)], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        p.stdout.on('data', (d: Buffer) => (out += d));
        p.on('error', reject);
        p.on('exit', () => resolve(out.trim()));
      });
    for (let round = 0; round < 8; round++) {
      const root = project();
      mkdirSync(path.join(root, '.astro'));
      writeFileSync(lockFileIn(root), JSON.stringify({ pid: deadPid(), host: os.hostname() }));
      const at = Date.now() + 600;
      const answers = await Promise.all(Array.from({ length: 6 }, () => run(root, at)));
      expect(answers.filter((a) => a === 'took'), `round ${round}: ${answers.join(', ')}`).toHaveLength(1);
      expect(answers.filter((a) => a === 'held')).toHaveLength(5);
    }
  }, 60_000);
});
