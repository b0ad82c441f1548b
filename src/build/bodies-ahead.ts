/**
 * Renders the bodies of the entry pages a build is about to render on the
 * other core, while this thread sets up, bundles and renders the other pages:
 * Markdown to HTML, then the sanitiser, was ~3 s of the main thread's ~24 in a
 * cold 10k-entry build. The pages take each body from here
 * (src/data/bodies.ts), waiting for it if the thread has not reached it yet.
 *
 * Same bytes, by construction: the thread makes the renderer Astro's
 * configuration names with the options it was resolved with, and runs the one
 * sanitiser (src/lib/html/sanitise.ts). So it only goes ahead when that
 * renderer can be made again in another thread: Astro's Sätteri processor
 * without plugins, with options that are plain data (no Shiki transformer,
 * say). Otherwise, or should the thread fail or refuse a body, the page
 * renders the body itself, as it always did: slower, never different.
 */
import { Worker } from 'node:worker_threads';
import type { AstroConfig, AstroIntegration } from 'astro';
import type { Entry } from '../lib/content/types.ts';
import type { Problem } from '../lib/content/problem.ts';
import { entryKey } from '../lib/index/site-index.ts';
import { bodiesRenderedAhead, rendererOptions } from '../data/bodies.ts';

/**
 * Fewer bodies than this and the thread does not pay on this project's
 * 2-vCPU machine, whose second vCPU is already half taken by the file writes
 * and the garbage collector: paired cold builds took 1.05× the wall time with
 * it at 1k entries and 1.02× at 2.5k, 0.89–0.93× at 10k. A rebuild renders a
 * handful. HELIOGRAPH_BODIES_AHEAD_FROM sets another (0: always), for a
 * machine with more cores.
 */
export const AHEAD_FROM = 5000;

const FROM_VARIABLE = 'HELIOGRAPH_BODIES_AHEAD_FROM';

/** The fewest bodies worth a thread, from HELIOGRAPH_BODIES_AHEAD_FROM (unset or empty: AHEAD_FROM), or what is wrong with it. */
export function aheadFrom(value: string | undefined): { from: number } | { problem: Problem } {
  if (value === undefined || value === '') return { from: AHEAD_FROM };
  if (/^\d{1,9}$/.test(value)) return { from: Number(value) };
  return {
    problem: {
      severity: 'error',
      file: 'environment',
      field: FROM_VARIABLE,
      message: `found ${JSON.stringify(value)}, expected a whole number of entry pages from which their bodies are rendered on another core (default ${AHEAD_FROM}; 0: always)`,
    },
  };
}

/** What the thread needs to make the renderer: Sätteri's features and the options Astro makes a renderer with. */
export interface AheadPlan {
  features: object;
  shared: object;
}

/** One body's outcome; no `html` when the thread could not render it. */
export interface AheadResult {
  i: number;
  html?: string;
}

/** To the thread: bodies to render, in turn, or that no more will come. */
export type AheadMessage = { bodies: { i: number; body: string }[] } | { end: true };

/**
 * How many bodies are sent to the thread beyond those the pages took. Without
 * a bound the thread raced ahead of the pages, holding every body sent and
 * every result waiting here: at 50k entries a cold build's peak rose ~0.5 GB.
 */
export const AHEAD_WINDOW = 512;

/**
 * Bodies go to the thread this many to a message. One message per body cost
 * the main thread ~37 µs each in a cold 10k build's profile (372 ms in all,
 * most of it in postMessage itself, not in copying the text).
 */
export const AHEAD_BATCH = 32;

/** The plan for `config`'s Markdown renderer, or undefined when it cannot be made again in another thread. */
export function aheadPlan(config: Pick<AstroConfig, 'markdown' | 'image'>): AheadPlan | undefined {
  const processor = config.markdown.processor as { name: string; options: { mdastPlugins?: unknown[]; hastPlugins?: unknown[]; features?: object } };
  if (processor.name !== 'satteri' || (processor.options.mdastPlugins?.length ?? 0) > 0 || (processor.options.hastPlugins?.length ?? 0) > 0) return undefined;
  // The options the pages' own renderer is made with.
  const plan = { features: processor.options.features ?? {}, shared: rendererOptions(config) };
  try {
    // A function (a Shiki transformer, a custom image service's hook) cannot cross to another thread.
    return structuredClone(plan);
  } catch {
    return undefined;
  }
}

export interface BodiesAhead {
  /** Starts the thread once Astro has resolved its configuration. */
  integration: AstroIntegration;
  /** Ends the thread, if still running; the pages render any body not done yet themselves. */
  stop(): Promise<void>;
  /** How many pages took their body's HTML from the thread so far. */
  readonly taken: number;
  /** How many pages asked out of turn, past the window, and rendered their body themselves. */
  readonly outOfTurn: number;
}

/**
 * `entries`: the bodies to render, in the order their pages will ask for them
 * (a body asked for out of turn, past the window, is rendered by its page).
 * `from`: the fewest bodies worth a thread (default AHEAD_FROM).
 */
export function bodiesAhead(entries: readonly Entry[], from = AHEAD_FROM, window = AHEAD_WINDOW, batch = AHEAD_BATCH): BodiesAhead {
  let worker: Worker | undefined;
  let taken = 0;
  let outOfTurn = 0;
  const integration: AstroIntegration = {
    name: 'heliograph-bodies-ahead',
    hooks: {
      'astro:config:done': ({ config }) => {
        const plan = aheadPlan(config);
        if (!plan || entries.length < from) return;
        let bodies: string[];
        try {
          // A body from the parse cache is read from its file now (content/load.ts), as its page would read it.
          bodies = entries.map((entry) => entry.body);
        } catch {
          // A file changed since it was validated: its page reports that, as it would without the thread.
          return;
        }
        // A body's promise is dropped once its page has it, its resolver once it is settled: no HTML is held here
        // longer than it takes the page to ask and the thread to answer.
        const promises: (Promise<string | undefined> | undefined)[] = [];
        const resolvers: (((html: string | undefined) => void) | undefined)[] = [];
        for (const _ of entries) {
          const { promise, resolve } = Promise.withResolvers<string | undefined>();
          promises.push(promise);
          resolvers.push(resolve);
        }
        const settle = (i: number, html: string | undefined) => {
          resolvers[i]?.(html);
          resolvers[i] = undefined;
        };
        const byKey = new Map(entries.map((entry, i) => [entryKey(entry), i]));
        // A small heap: the thread holds a window of bodies and the renderer (~+120 MB of RSS by default, ~+80 MB so). Should a
        // body ever need more, the thread fails alone, and the pages render the rest themselves.
        const thread = new Worker(new URL('./bodies-ahead-worker.ts', import.meta.url), {
          workerData: { plan },
          resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 },
        });
        worker = thread;
        thread.on('message', ({ i, html }: AheadResult) => settle(i, html));
        // The thread ends after the last body, or early if it fails: whatever it did not post, the pages render themselves.
        const giveUp = () => resolvers.forEach((_, i) => settle(i, undefined));
        thread.once('error', giveUp);
        thread.once('exit', giveUp);
        const tell = (message: AheadMessage) => {
          try {
            thread.postMessage(message);
          } catch {
            // The thread has ended: nothing waits for it.
          }
        };
        // Bodies go to the thread in order, `window` ahead of the pages: each page that takes one lets one more go. They are
        // queued here and posted `batch` at a time. A body is only ever waited for once it is posted, so a page never waits
        // for one the thread will not render: a page asking for one still queued posts the queue first.
        const sent = new Uint8Array(bodies.length);
        const skipped = new Uint8Array(bodies.length);
        let queue: { i: number; body: string }[] = [];
        let next = 0;
        let ended = false;
        const flush = () => {
          if (queue.length === 0) return;
          for (const { i } of queue) sent[i] = 1;
          tell({ bodies: queue });
          queue = [];
        };
        const sendNext = () => {
          while (next < bodies.length && skipped[next]) next++;
          if (next < bodies.length) {
            queue.push({ i: next, body: bodies[next]! });
            next++;
            if (queue.length >= batch) flush();
          }
          if (next === bodies.length && !ended) {
            ended = true;
            flush();
            tell({ end: true });
          }
        };
        for (let k = 0; k < window; k++) sendNext();
        flush();
        bodiesRenderedAhead((entry) => {
          const i = byKey.get(entryKey(entry));
          // Only the very body sent: a page never shows HTML made from other Markdown.
          if (i === undefined || bodies[i] !== entry.body) return undefined;
          byKey.delete(entryKey(entry));
          const promise = promises[i];
          promises[i] = undefined;
          // Below `next` and not yet posted: still in the queue.
          if (i < next && !sent[i]) flush();
          if (!sent[i]) {
            // Asked for out of turn, past the window: its page renders it, and it is never sent.
            skipped[i] = 1;
            outOfTurn++;
            return undefined;
          }
          sendNext();
          return promise?.then((html) => {
            if (html !== undefined) taken++;
            return html;
          });
        });
      },
    },
  };
  return {
    integration,
    get taken() {
      return taken;
    },
    get outOfTurn() {
      return outOfTurn;
    },
    async stop() {
      bodiesRenderedAhead(undefined);
      await worker?.terminate();
    },
  };
}
