/**
 * How the validation pass lists a kind folder's files. Its own file so the
 * build's reading threads (src/build/content-prefetch.ts, parse-ahead.ts)
 * list them the same way without loading the schema here.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, type Collection } from './types.ts';

/** Files below `dir`, sorted, skipping dotfiles and dot-folders. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const abs = path.join(dir, name);
    if (isDirectory(abs)) out.push(...walk(abs));
    else out.push(abs);
  }
  return out;
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Each kind folder of a content folder that exists, named as the validation
 * pass names it (`path.join(contentDir, kind)`), with its files as `walk`
 * lists them, in the order the validation pass visits them.
 */
export function kindFolders(contentDir: string): { collection: Collection; dir: string; files: string[] }[] {
  return COLLECTIONS.map((collection) => ({ collection, dir: path.join(contentDir, collection) }))
    .filter(({ dir }) => isDirectory(dir))
    .map(({ collection, dir }) => ({ collection, dir, files: walk(dir) }));
}
