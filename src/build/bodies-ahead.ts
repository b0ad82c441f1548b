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
import { entryKey } from '../lib/index/site-index.ts';
import { bodiesRenderedAhead } from '../data/bodies.ts';

/** Fewer bodies than this and starting a thread (~0.2 s of the other core) is not worth it: a rebuild renders a handful. */
export const AHEAD_FROM = 200;

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

/** The plan for `config`'s Markdown renderer, or undefined when it cannot be made again in another thread. */
export function aheadPlan(config: Pick<AstroConfig, 'markdown' | 'image'>): AheadPlan | undefined {
  const { markdown, image } = config;
  const processor = markdown.processor as { name: string; options: { mdastPlugins?: unknown[]; hastPlugins?: unknown[]; features?: object } };
  if (processor.name !== 'satteri' || (processor.options.mdastPlugins?.length ?? 0) > 0 || (processor.options.hastPlugins?.length ?? 0) > 0) return undefined;
  // The options src/data/bodies.ts makes its renderer with.
  const plan = {
    features: processor.options.features ?? {},
    shared: { image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants },
  };
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
}

/** `from`: the fewest bodies worth a thread (default AHEAD_FROM). */
export function bodiesAhead(entries: readonly Entry[], from = AHEAD_FROM): BodiesAhead {
  let worker: Worker | undefined;
  let taken = 0;
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
        worker = new Worker(new URL('./bodies-ahead-worker.ts', import.meta.url), { workerData: { plan, bodies } });
        worker.on('message', ({ i, html }: AheadResult) => settle(i, html));
        // The thread ends when it has posted every body, or early if it fails: whatever it did not post, the pages
        // render themselves.
        const giveUp = () => resolvers.forEach((_, i) => settle(i, undefined));
        worker.once('error', giveUp);
        worker.once('exit', giveUp);
        bodiesRenderedAhead((entry) => {
          const i = byKey.get(entryKey(entry));
          // Only the very body sent: a page never shows HTML made from other Markdown.
          if (i === undefined || bodies[i] !== entry.body) return undefined;
          const promise = promises[i];
          promises[i] = undefined;
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
    async stop() {
      bodiesRenderedAhead(undefined);
      await worker?.terminate();
    },
  };
}
