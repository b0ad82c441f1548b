/**
 * Puts the pages a rebuild keeps from the previous output into the staging
 * folder while Astro sets up, bundles and renders the others (Astro is told
 * not to empty the staging folder: src/build/build-site.ts). It is
 * file-system work, so a worker thread does it on the other core. (Not
 * libuv's pool: Astro writes each rendered page through it, and queueing
 * thousands of operations there holds up every page write.)
 *
 * Making a folder is what costs: about 0.4 ms each on this project's disk,
 * against 0.01 ms for a link, so the ~15,500 folders of a 10k site took ~6 s
 * and a link for each of its ~16,000 files 0.2 s. So the staging folder is,
 * when there is one, the tree of the output before the previous one
 * (src/build/spare.ts), with its folders used again: the worker first removes
 * every file in it (a file there may be a link to a live one, and nothing may
 * be written through it), and at the end the folders nothing went into.
 *
 * A kept file is a hard link where the file system allows: a live tree is
 * only ever renamed, emptied of its files by unlinking, or deleted, never
 * written into, so a link is as good as a copy. Astro never writes a kept
 * file: a page is kept exactly when getStaticPaths leaves it out
 * (src/data/incremental.ts), and a URL belongs to one route (astro.config.mjs
 * makes a route conflict an error).
 */
import { Worker } from 'node:worker_threads';

/** The worker: plain JavaScript, so it runs the same under Node and under vitest. */
const WORKER = `
const { parentPort, workerData: { from, to, reuse } } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const made = new Set();
/** The folders of a reused tree, parents before children, and those a kept file went into. */
const folders = [];
const used = new Set();
function fail(error) {
  parentPort.postMessage({ error: String(error && error.message || error) });
  parentPort.close();
}
// A reused tree loses every file first: a file in it may be a link to the live
// output's, so nothing may ever be written through it. Its folders stay.
if (reuse) {
  try {
    const clear = (dir) => {
      for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, item.name);
        if (item.isDirectory()) {
          folders.push(p);
          made.add(p);
          clear(p);
        } else {
          try {
            fs.unlinkSync(p);
          } catch (error) {
            // The previous build's background child (swap.ts) may be emptying this tree too.
            if (error.code !== 'ENOENT') throw error;
          }
        }
      }
    };
    clear(to);
    parentPort.postMessage({ cleared: true });
  } catch (error) {
    fail(error);
  }
}
parentPort.on('message', (files) => {
  if (files === null) {
    // The folders nothing was written into (a page no longer built): deepest first, so a parent can go after its children.
    for (const dir of folders.reverse()) {
      if (used.has(dir)) continue;
      try {
        fs.rmdirSync(dir);
      } catch {}
    }
    return parentPort.postMessage({ done: true });
  }
  try {
    for (const file of files) {
      const target = path.join(to, file);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      used.add(dir);
      try {
        fs.linkSync(path.join(from, file), target);
      } catch (error) {
        // Another file system, or one without hard links: copy. EEXIST would be a bug: never overwrite a rendered page.
        if (error.code === 'EEXIST') throw error;
        fs.copyFileSync(path.join(from, file), target);
      }
    }
  } catch (error) {
    fail(error);
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
  private readonly reuse: boolean;
  private clearing: Promise<void> = Promise.resolve();

  /**
   * `reuse`: `to` is an earlier output's tree, its folders to be used again
   * (src/build/spare.ts): the worker starts at once and first removes every
   * file in it, and at the end the folders nothing went into.
   */
  constructor(from: string, to: string, { reuse = false }: { reuse?: boolean } = {}) {
    this.from = from;
    this.to = to;
    this.reuse = reuse;
    if (reuse) this.start();
  }

  /** Resolves once the staging folder holds no file of its earlier tree: Astro may write into it from then on. Rejects if it could not be cleared. */
  async cleared(): Promise<void> {
    await this.clearing;
    if (this.failure !== undefined) throw new Error(this.failure);
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

  /**
   * For a build stopped before anything was kept (its content had errors):
   * ends the worker wherever it is, leaving the tree's folders and perhaps
   * some of its files, which is all a spare tree needs (spare.ts).
   */
  async stop(): Promise<void> {
    this.batch = [];
    this.abandoned = true;
    await this.worker?.terminate();
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
    const worker = new Worker(WORKER, { eval: true, workerData: { from: this.from, to: this.to, reuse: this.reuse } });
    this.worker = worker;
    let cleared = () => {};
    if (this.reuse) this.clearing = new Promise<void>((resolve) => (cleared = resolve));
    this.finished = new Promise<void>((resolve) => {
      worker.on('message', (message: { error?: string; done?: true; cleared?: true }) => {
        if (message.error !== undefined) this.failure ??= message.error;
        if (message.cleared) cleared();
        if (message.done) void worker.terminate();
      });
      worker.on('error', (error: Error) => {
        this.failure ??= error.message;
      });
      // After "done", a failure (the worker closes its port) or a crash.
      worker.on('exit', () => {
        cleared();
        resolve();
      });
    });
    return worker;
  }
}
