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
 * Removes the folders in a detached child that outlives this process, and
 * first empties `empty` (the spare tree, spare.ts) of its files, keeping its
 * folders: the next build then finds a tree it can write into at once. The
 * returned child lets a caller (a test) wait for it.
 *
 * The child works by path and ignores what has gone: if the next build takes
 * the spare (a rename) while the child still runs, the child finds nothing
 * more under that name; anything it finds there later is a later spare tree,
 * whose files are as much garbage as this one's.
 */
export function removeInBackground(folders: string[], empty: string[] = []): ChildProcess | undefined {
  if (folders.length === 0 && empty.length === 0) return undefined;
  const child = spawn(process.execPath, ['-e', BACKGROUND, String(empty.length), ...empty, ...folders], { detached: true, stdio: 'ignore' });
  child.unref();
  return child;
}

/** argv: how many folders to empty, those folders, then the folders to remove. A link is removed, never followed. */
const BACKGROUND = `
const fs = require('node:fs');
const path = require('node:path');
const [count, ...folders] = process.argv.slice(1);
const empty = (dir) => {
  let items;
  try {
    items = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const item of items) {
    const p = path.join(dir, item.name);
    if (item.isDirectory()) empty(p);
    else try { fs.unlinkSync(p); } catch {}
  }
};
folders.slice(0, Number(count)).forEach(empty);
for (const f of folders.slice(Number(count))) fs.rmSync(f, { recursive: true, force: true });
`;
