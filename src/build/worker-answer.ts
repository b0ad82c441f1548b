/**
 * The one answer a short-lived worker thread posts, then the worker ended;
 * `fallback` when it fails or ends without one. For the build's helpers that
 * may fail without harm (content-prefetch.ts, missing-files.ts): their
 * fallback makes the build do the work itself, or keep nothing.
 */
import type { Worker } from 'node:worker_threads';

export function workerAnswer<T, F>(worker: Worker, fallback: () => F): Promise<T | F> {
  return new Promise((resolve) => {
    worker.once('message', (answer: T) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', () => resolve(fallback()));
    // Resolving twice is a no-op: this only matters when the worker ended without a word.
    worker.once('exit', () => resolve(fallback()));
  });
}
