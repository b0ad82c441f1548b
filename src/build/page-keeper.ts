/**
 * Puts the pages a rebuild keeps from the previous output into the staging
 * folder while Astro sets up, bundles and renders the others (the staging
 * folder is new, and Astro is told not to empty it: src/build/build-site.ts). Making ~15,000 directories and links
 * at 10k entries is file-system work (about 1.5 s here, mostly mkdir), so a
 * worker thread does it on the other core alongside the rendering. (Not
 * libuv's pool: Astro writes each rendered page through it, and queueing
 * thousands of operations there holds up every page write.)
 *
 * A kept file is a hard link where the file system allows: the previous tree
 * is only ever renamed and deleted, never written into, so a link is as good
 * as a copy. Astro never writes a kept file: a page is kept exactly when
 * getStaticPaths leaves it out (src/data/incremental.ts), and a URL belongs to
 * one route (astro.config.mjs makes a route conflict an error).
 */
import { Worker } from 'node:worker_threads';

/** The worker: plain JavaScript, so it runs the same under Node and under vitest. */
const WORKER = `
const { parentPort, workerData: { from, to } } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const made = new Set();
parentPort.on('message', (files) => {
  if (files === null) return parentPort.postMessage({ done: true });
  try {
    for (const file of files) {
      const target = path.join(to, file);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      try {
        fs.linkSync(path.join(from, file), target);
      } catch (error) {
        // Another file system, or one without hard links: copy. EEXIST would be a bug: never overwrite a rendered page.
        if (error.code === 'EEXIST') throw error;
        fs.copyFileSync(path.join(from, file), target);
      }
    }
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
    parentPort.close();
  }
});
`;

export class PageKeeper {
  private worker: Worker | undefined;
  private batch: string[] = [];
  private failure: string | undefined;
  private finished: Promise<void> = Promise.resolve();
  /** Set when the build failed: nothing more goes to the worker. */
  private abandoned = false;
  /** How many files were kept. */
  count = 0;

  private readonly from: string;
  private readonly to: string;
  constructor(from: string, to: string) {
    this.from = from;
    this.to = to;
  }

  /** Keeps `file` (a path relative to both folders). Files handed over in one turn of the event loop go to the worker together. */
  keep(file: string): void {
    this.count++;
    if (this.batch.length === 0) setImmediate(() => this.flush());
    this.batch.push(file);
  }

  /** Waits for every file to be in place; rejects with the first failure. */
  async done(): Promise<void> {
    this.flush();
    if (!this.worker) return;
    this.worker.postMessage(null);
    await this.finished;
    if (this.failure !== undefined) throw new Error(this.failure);
  }

  /** For a failed build: keeps nothing more, and waits until nothing is being written. */
  async abandon(): Promise<void> {
    this.batch = [];
    this.abandoned = true;
    if (!this.worker) return;
    this.worker.postMessage(null);
    await this.finished;
  }

  private flush(): void {
    if (this.abandoned || this.batch.length === 0) return;
    this.start().postMessage(this.batch);
    this.batch = [];
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER, { eval: true, workerData: { from: this.from, to: this.to } });
    this.worker = worker;
    this.finished = new Promise<void>((resolve) => {
      worker.on('message', (message: { error?: string; done?: true }) => {
        if (message.error !== undefined) this.failure ??= message.error;
        if (message.done) void worker.terminate();
      });
      worker.on('error', (error: Error) => {
        this.failure ??= error.message;
      });
      // After "done", a failure (the worker closes its port) or a crash.
      worker.on('exit', () => resolve());
    });
    return worker;
  }
}
