/**
 * Which of the files the previous build's manifest lists are missing from its
 * output, found on the other core while this build validates its content: a
 * rebuild keeps a page only if the previous output still has it
 * (src/data/incremental.ts), and asking the file system about each of ~15,000
 * files cost the main thread ~0.18 s at 10k entries.
 *
 * Nothing is assumed: every file is looked up. Should the lookup itself fail,
 * every file counts as missing, so nothing is kept and every page is rendered.
 */
import { Worker } from 'node:worker_threads';
import { workerAnswer } from './worker-answer.ts';

/** Plain JavaScript, so it runs the same under Node and under vitest. */
const WORKER = `
const { parentPort, workerData: { dir, files } } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const missing = files.filter((file) => !fs.existsSync(path.join(dir, file)));
parentPort.postMessage(missing);
`;

/** The files of `files` (relative to `dir`) that `dir` does not hold. */
export function missingFiles(dir: string, files: readonly string[]): Promise<ReadonlySet<string>> {
  if (files.length === 0) return Promise.resolve(new Set());
  const worker = new Worker(WORKER, { eval: true, workerData: { dir, files } });
  return workerAnswer<string[], string[]>(worker, () => [...files]).then((missing) => new Set(missing));
}
