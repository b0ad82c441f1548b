/**
 * Putting a finished build live: two renames on one file system, so the new
 * site appears at once and a failed build never touches the old one. Deleting
 * the previous tree (tens of seconds for a 10k-page site on a slow disk) is not
 * on the critical path: a detached child process removes it after the new
 * site is live, and the build reports success without waiting for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';

/** Renames `staging` to `out`; returns where the previous output now is (undefined if there was none). */
export function swapIntoPlace(staging: string, out: string): string | undefined {
  let previous: string | undefined;
  if (existsSync(out)) {
    // A unique name: an earlier build's leftover (its remover killed) never blocks this swap.
    previous = `${out}.previous-${process.pid}-${Date.now()}`;
    renameSync(out, previous);
  }
  renameSync(staging, out);
  return previous;
}

/** The previous outputs left beside `out` by earlier builds (their removal was interrupted). */
export function leftoverPrevious(out: string): string[] {
  return besideOut(out, 'previous');
}

/**
 * The staging folders of builds that were interrupted (killed, or the machine
 * stopped) before they swapped or put their tree aside. Only safe to touch
 * while holding the build lock (build-lock.ts): then no other build is
 * writing one.
 */
export function leftoverStaging(out: string): string[] {
  return besideOut(out, 'staging');
}

function besideOut(out: string, kind: 'previous' | 'staging'): string[] {
  const dir = path.dirname(out);
  const prefix = `${path.basename(out)}.${kind}-`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .map((name) => path.join(dir, name));
}

/**
 * Removes the folders in a detached child that outlives this process; the
 * returned child lets a caller (a test) wait for it.
 */
export function removeInBackground(folders: string[]): ChildProcess | undefined {
  if (folders.length === 0) return undefined;
  const child = spawn(
    process.execPath,
    ['-e', 'for (const f of process.argv.slice(1)) require("node:fs").rmSync(f, { recursive: true, force: true })', ...folders],
    { detached: true, stdio: 'ignore' },
  );
  child.unref();
  return child;
}
