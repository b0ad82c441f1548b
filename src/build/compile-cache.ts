/**
 * Node's on-disk cache of compiled JavaScript (`module.enableCompileCache`),
 * kept with the build's other caches in node_modules/.astro/ (the deploy
 * workflow restores that folder). Every build is a new process that loads
 * its own TypeScript, Astro, Vite, Rolldown and the bundle Astro has just
 * written; with the cache, a module whose bytes are unchanged is not compiled
 * again (about 0.25 s of a 10k-entry rebuild, measured paired), and a
 * TypeScript file's types are not stripped again (Node caches the stripped
 * code with the compiled). Node checks each cached module against its source,
 * so a stale entry is recompiled, never used; NODE_DISABLE_COMPILE_CACHE=1
 * turns it off.
 *
 * Only what loads after the call is cached, so the build's entry points
 * (scripts/build.ts, scripts/bench/build-once.ts) call it before they import
 * anything else. A worker thread does not share its process's cache: it
 * takes the folder from NODE_COMPILE_CACHE in the environment it starts
 * with, so the call puts the folder there too (and a child process of the
 * build finds it the same way).
 *
 * Node never removes an entry, and each build adds a few: the bundle Astro
 * writes has new file names whenever the code changes, and some chunks
 * change with every build. So the cache is bounded: a folder of it (Node
 * keeps one per version and V8 flags) holding more than
 * COMPILE_CACHE_MODULES modules is set aside after the build that finds it so
 * (`setAsideOvergrownCompileCaches`) and removed in the background
 * (src/build/build-site.ts), and the next build
 * compiles and caches afresh. One build of this project caches about 1,900
 * modules (11 MB).
 */
import { readdirSync, renameSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import path from 'node:path';

const COMPILE_CACHE_DIR = 'node_modules/.astro/compile-cache';

/** How many cached modules a folder of the cache may hold before it is removed: about five builds' worth after code changes. */
export const COMPILE_CACHE_MODULES = 10_000;

/** Compiles each module loaded from here on, in this thread and in the threads it starts, at most once across builds. */
export function cacheCompiledCode(): void {
  if (process.env['NODE_DISABLE_COMPILE_CACHE']) return;
  const dir = path.resolve(COMPILE_CACHE_DIR);
  enableCompileCache(dir);
  process.env['NODE_COMPILE_CACHE'] ??= dir;
}

/** The cache's folders holding more than `limit` modules (counting names is a few milliseconds, not a walk). */
export function overgrownCompileCaches(dir: string = path.resolve(COMPILE_CACHE_DIR), limit: number = COMPILE_CACHE_MODULES): string[] {
  let folders: string[];
  try {
    folders = readdirSync(dir, { withFileTypes: true })
      .filter((item) => item.isDirectory())
      .map((item) => path.join(dir, item.name));
  } catch {
    return [];
  }
  return folders.filter((folder) => {
    try {
      return readdirSync(folder).length > limit;
    } catch {
      return false;
    }
  });
}

/** Renames each overgrown folder aside (the next build starts without it at once) and returns the new names, for the background removal; one that cannot be renamed stays. */
export function setAsideOvergrownCompileCaches(): string[] {
  return overgrownCompileCaches().flatMap((folder) => {
    const aside = `${folder}.removed-${process.pid}`;
    try {
      renameSync(folder, aside);
      return [aside];
    } catch {
      return [];
    }
  });
}
