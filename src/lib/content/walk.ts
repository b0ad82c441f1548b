/**
 * How the validation pass lists a kind folder's files. Its own file so the
 * build's reading thread (src/build/content-prefetch.ts) lists them the same
 * way without loading the schema.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

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
