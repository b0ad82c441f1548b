import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
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
});
