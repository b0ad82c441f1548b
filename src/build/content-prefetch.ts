/**
 * Reads the content on the other core while the build's own thread loads
 * Astro: the kind folders' listings and the digest of every entry file, which
 * is all the validation pass needs of a file the parse cache already knows
 * (src/lib/content/load.ts). At 10k entries, listing and reading the files
 * cost the main thread ~0.2 s of every rebuild.
 *
 * Should the thread fail, the answer is undefined and the validation pass
 * lists and reads every file itself: slower, never different.
 */
import { Worker } from 'node:worker_threads';
import type { PrefetchedFiles } from '../lib/content/load.ts';
import { workerAnswer } from './worker-answer.ts';

export function prefetchContent(contentDir: string): Promise<PrefetchedFiles | undefined> {
  const worker = new Worker(new URL('./content-prefetch-worker.ts', import.meta.url), { workerData: { contentDir } });
  return workerAnswer<PrefetchedFiles, undefined>(worker, () => undefined);
}
