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
 * on this host holds nothing. Two builds can find the same dead lock at once,
 * so a takeover is itself one at a time: a build takes over only while it
 * holds `build.lock.takeover`, and only a lock it finds dead again while
 * holding that (otherwise the second of two builds would remove the lock the
 * first had just taken, and both would build). A lock file appears with its
 * holder already written in it (a link to a written file), so a lock is
 * never seen empty while its build writes it.
 *
 * One case is left: a build killed during its takeover (a few file
 * operations) leaves a dead takeover file, and two builds clearing that one
 * at the same moment could both go on. It takes two failures at once.
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
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

/** Points a test can reach into: what another build may do between two steps of this one. */
export interface LockSeams {
  /** Runs after a dead lock is found and before it is taken over. */
  afterDeadLockSeen?: () => void;
}

/** Takes the project's build lock, or returns the live process that holds it. */
export function takeBuildLock(projectRoot: string, seams: LockSeams = {}): BuildLock | { heldBy: number; file: string } {
  const file = lockFileIn(projectRoot);
  mkdirSync(path.dirname(file), { recursive: true });
  const ours: BuildLock = { file, release: () => releaseIfOurs(file) };
  const held = () => ({ heldBy: readHolder(file)?.pid ?? 0, file });
  if (create(file)) return ours;
  if (!isDead(file)) return held();
  seams.afterDeadLockSeen?.();
  const takeover = `${file}.takeover`;
  if (!create(takeover)) {
    // Another build is taking the lock over now; or one was killed doing it, and its file is dead too.
    if (!isDead(takeover)) return held();
    removeIfThere(takeover);
    if (!create(takeover)) return held();
  }
  try {
    // Only the lock found dead while holding the takeover: another build may have taken it over since it was seen.
    if (!isDead(file)) return held();
    removeIfThere(file);
    return create(file) ? ours : held();
  } finally {
    removeIfThere(takeover);
  }
}

/**
 * Makes `file` naming this process, unless it exists: written first under
 * another name, then linked into place, so it never exists half-written. (A
 * file system without hard links gets the file made exclusively, then written.)
 */
function create(file: string): boolean {
  const text = `${JSON.stringify({ pid: process.pid, host: os.hostname() } satisfies Holder)}\n`;
  const written = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(written, text);
    linkSync(written, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    return createExclusively(file, text);
  } finally {
    removeIfThere(written);
  }
}

function createExclusively(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Whether a lock file holds nothing: its process is gone, or it is unreadable and not new. */
function isDead(file: string): boolean {
  const holder = readHolder(file);
  return holder ? !holdsIt(holder) : !justMade(file);
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
  if (readHolder(file)?.pid === process.pid) removeIfThere(file);
}

function removeIfThere(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    // Another build removed it first.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
