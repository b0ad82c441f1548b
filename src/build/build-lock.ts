/**
 * One build at a time per project. Two builds in one project would write the
 * same bundle (Astro's `.astro/.prerender/`), the same caches and the same
 * spare tree, and one could swap in a tree the other is still writing. So a
 * build takes `.astro/build.lock` (Astro's own folder in the project, never
 * cached by the deploy workflow, so a lock left on one machine never reaches
 * another) before it touches anything, and a second build stops at once and
 * says which process holds it.
 *
 * A lock whose process is gone (a build killed or crashed) is taken over: the
 * file names the process and the host, and a process that no longer exists
 * on this host holds nothing.
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BuildLock {
  file: string;
  release(): void;
}

/** Who holds a lock: what the file says. */
interface Holder {
  pid: number;
  host: string;
}

export function lockFileIn(projectRoot: string): string {
  return path.join(projectRoot, '.astro', 'build.lock');
}

/** Takes the project's build lock, or returns the live process that holds it. */
export function takeBuildLock(projectRoot: string): BuildLock | { heldBy: number; file: string } {
  const file = lockFileIn(projectRoot);
  mkdirSync(path.dirname(file), { recursive: true });
  // Two tries: the second after removing a lock whose process is gone.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, `${JSON.stringify({ pid: process.pid, host: os.hostname() } satisfies Holder)}\n`);
      } finally {
        closeSync(fd);
      }
      return { file, release: () => releaseIfOurs(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder ? holdsIt(holder) : justMade(file)) return { heldBy: holder?.pid ?? 0, file };
      removeStale(file);
    }
  }
  // Another build took the lock between our removal and our second try.
  const holder = readHolder(file);
  return { heldBy: holder?.pid ?? 0, file };
}

/** Whether the process a lock names still runs, on this host; a lock from another host (or unreadable) holds nothing. */
function holdsIt(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file that says nothing yet may be one another build has just made and not yet written to. */
function justMade(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < 10_000;
  } catch {
    return false;
  }
}

function readHolder(file: string): Holder | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof data.pid === 'number' && Number.isInteger(data.pid) && data.pid > 0 && typeof data.host === 'string' ? { pid: data.pid, host: data.host } : undefined;
  } catch {
    return undefined;
  }
}

function releaseIfOurs(file: string): void {
  if (readHolder(file)?.pid === process.pid) removeStale(file);
}

function removeStale(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    // Another build removed it first.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
