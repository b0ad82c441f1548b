import { loadContent, type PrefetchedFiles } from '../content/load.ts';
import type { Problem } from '../content/problem.ts';
import { sortProblems } from '../content/problem.ts';
import { checkContent } from './rules.ts';
import type { Content } from '../content/types.ts';
import type { ParseCache } from '../content/parse-cache.ts';

export interface Validation {
  content: Content;
  problems: Problem[];
  errors: number;
  warnings: number;
}

/**
 * The whole validation pass over a content folder: schema, then rules.
 * `changed` (paths relative to `cwd`) are the files a change touches: warnings
 * marked `whenChanged` are kept for those files only (without it, for none).
 */
export function validateContent(
  contentDir: string,
  now: string,
  cwd: string = process.cwd(),
  changed: ReadonlySet<string> = new Set(),
  cache?: ParseCache,
  prefetched?: PrefetchedFiles,
): Validation {
  const load = loadContent(contentDir, cwd, cache, prefetched);
  const problems = sortProblems([...load.problems, ...checkContent(load, now)].filter((p) => !p.whenChanged || changed.has(p.file)));
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { content: load.content, problems, errors, warnings: problems.length - errors };
}

const REMEMBERED = Symbol.for('heliograph.validation');
type Remembered = { dir: string; now: string; result: Validation };

/**
 * The validation pass, run once per process for a folder and time: the build
 * validates before starting Astro, and Astro's loaders (a separate module
 * graph in the same process) reuse that result instead of reading every file again.
 */
export function validateContentOnce(contentDir: string, now: string, cwd: string = process.cwd(), cache?: ParseCache, prefetched?: PrefetchedFiles): Validation {
  const store = globalThis as { [REMEMBERED]?: Remembered };
  const dir = `${cwd}\0${contentDir}`;
  const remembered = store[REMEMBERED];
  if (remembered && remembered.dir === dir && remembered.now === now) return remembered.result;
  const result = validateContent(contentDir, now, cwd, new Set(), cache, prefetched);
  store[REMEMBERED] = { dir, now, result };
  return result;
}

/** The last validation of this folder in this process, whatever its "now" (the content does not depend on it). */
export function lastValidation(contentDir: string, cwd: string = process.cwd()): Validation | undefined {
  const remembered = (globalThis as { [REMEMBERED]?: Remembered })[REMEMBERED];
  return remembered?.dir === `${cwd}\0${contentDir}` ? remembered.result : undefined;
}

/** Validates the folder again (a file changed under `astro dev`) and remembers the result for the pages. */
export function revalidateContent(contentDir: string, now: string, cwd: string = process.cwd()): Validation {
  const result = validateContent(contentDir, now, cwd);
  (globalThis as { [REMEMBERED]?: Remembered })[REMEMBERED] = { dir: `${cwd}\0${contentDir}`, now, result };
  return result;
}
