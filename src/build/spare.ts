/**
 * The spare tree: the output before the live one, kept beside it as
 * `<out>.spare/` instead of deleted, so the next build can use its folders
 * again (src/build/page-keeper.ts empties it of files first). Making a
 * folder costs far more than linking a file on the disks builds run on, and
 * a rebuild's tree has nearly the same folders as the one before.
 *
 * A spare is emptied of its files right after the swap, in the background
 * (swap.ts), and whatever is left at the start of the next build by its
 * page keeper (page-keeper.ts), before Astro writes into it.
 *
 * Any tree will do as a spare — its files are all removed before anything is
 * written into it — so a build that failed leaves its staging folder as the
 * spare too. Only one spare is kept; anything else goes to the background
 * removal (swap.ts).
 */
import { existsSync, rmSync, renameSync, statSync } from 'node:fs';

export function spareOf(out: string): string {
  return `${out}.spare`;
}

/** Renames the spare tree, if there is one, to `staging`; whether it did. Something else under its name (not a folder) is removed. */
export function takeSpare(out: string, staging: string): boolean {
  const spare = spareOf(out);
  if (!existsSync(spare)) return false;
  try {
    if (!statSync(spare).isDirectory()) {
      rmSync(spare, { force: true });
      return false;
    }
    renameSync(spare, staging);
    return true;
  } catch {
    return false;
  }
}

/** Keeps `tree` as the spare tree if there is none yet; whether it did (else the caller removes it). */
export function keepAsSpare(tree: string, out: string): boolean {
  const spare = spareOf(out);
  if (existsSync(spare)) return false;
  try {
    renameSync(tree, spare);
    return true;
  } catch {
    return false;
  }
}

/** A failed build's staging folder: the spare tree if there is none, else removed. */
export function retireStaging(staging: string, out: string): void {
  if (!keepAsSpare(staging, out)) rmSync(staging, { recursive: true, force: true });
}
