/**
 * A first build parses every entry file (there is no parse cache yet, or it
 * is of other code): at 10k entries ~3 s of YAML, schema and PIR sections on
 * the build's own thread, while the other core waits. Here a worker thread
 * parses the files from the last one back while the validation pass parses
 * them from the first one on; each result the worker posts is a parse-cache
 * hit for the validation pass when it reaches that file (the same result it
 * would have made: parseEntryFile, src/lib/content/load.ts), and goes into
 * the parse cache like one it made itself. They meet about halfway; a file the
 * validation pass reaches first it parses itself, so nothing waits for the
 * worker, and a file with problems is always parsed, and reported, by the
 * validation pass.
 *
 * Should the worker fail, the validation pass simply parses every file.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { ParseCache, ParsedEntry } from '../lib/content/parse-cache.ts';

/** A parse key and what the parse cache keeps of that file, with its body. */
export type AheadResult = [string, ParsedEntry];

/** How many files ahead of the validation pass the worker posts each result at once instead of in batches. */
export const MEETING = 64;

export interface ParseAhead {
  /** The cache the validation pass reads: the worker's results first, then `cache`. */
  cache: ParseCache;
  /** Entry files the validation pass took from the worker. */
  readonly taken: number;
  /** Settles when the worker has ended: it went through its files, failed or was stopped. */
  readonly ended: Promise<void>;
  /** Ends the worker (after the validation pass). */
  stop(): Promise<void>;
}

/** Starts parsing `contentDir`'s entry files from the last one back; `cache` receives what the validation pass takes. */
export function parseAhead(contentDir: string, cwd: string, cache: ParseCache): ParseAhead {
  const { port1, port2 } = new MessageChannel();
  // How many entry files the validation pass has looked up: the worker stops where it meets them.
  const progress = new SharedArrayBuffer(4);
  const visited = new Int32Array(progress);
  const worker = new Worker(new URL('./parse-ahead-worker.ts', import.meta.url), {
    workerData: { contentDir, cwd, port: port2, progress },
    transferList: [port2],
  });
  // A worker that fails has posted less, or nothing: the validation pass parses the rest.
  worker.on('error', () => {});
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const received = new Map<string, ParsedEntry>();
  let taken = 0;
  const drain = () => {
    for (let m = receiveMessageOnPort(port1); m !== undefined; m = receiveMessageOnPort(port1)) {
      for (const [key, result] of m.message as AheadResult[]) received.set(key, result);
    }
  };
  return {
    cache: {
      get(key) {
        // Settings files are not entry files: the worker neither counts nor parses them.
        if (!key.startsWith('settings-')) Atomics.add(visited, 0, 1);
        drain();
        const ahead = received.get(key);
        if (ahead === undefined) return cache.get(key);
        received.delete(key);
        taken++;
        // The parse cache keeps no entry bodies (parse-cache.ts); this build's entry has its body at once.
        const { body: _body, ...kept } = ahead;
        cache.set(key, kept);
        return ahead;
      },
      set(key, value) {
        cache.set(key, value);
      },
    },
    get taken() {
      return taken;
    },
    ended,
    async stop() {
      // Past every file: the worker stops at the next one.
      Atomics.store(visited, 0, 2 ** 30);
      port1.close();
      await worker.terminate();
    },
  };
}
