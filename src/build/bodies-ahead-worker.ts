/**
 * The rendering thread of src/build/bodies-ahead.ts: makes the Markdown
 * renderer Astro's configuration names (Sätteri, from the copy Astro itself
 * depends on) with the same options, renders each body it is sent (a few to
 * a message), in turn, and passes it through the one sanitiser, posting each
 * result as it is done (the build sends a body only so far ahead of the
 * pages). A body it cannot render is posted without HTML: the page renders
 * it itself and reports the error as it always would.
 */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { sanitiseHtml } from '../lib/html/sanitise.ts';
import type { Renderer } from '../data/bodies.ts';
import type { AheadMessage, AheadPlan, AheadResult } from './bodies-ahead.ts';

type SatteriModule = { satteri: (options: { features: object }) => { createRenderer: (shared: object) => Promise<Renderer> } };

const { plan } = workerData as { plan: AheadPlan };
const fromAstro = createRequire(fileURLToPath(import.meta.resolve('astro')));
const { satteri } = (await import(pathToFileURL(fromAstro.resolve('@astrojs/markdown-satteri')).href)) as SatteriModule;
const renderer = await satteri({ features: plan.features }).createRenderer(plan.shared);

async function render(i: number, body: string): Promise<AheadResult> {
  try {
    const { code } = await renderer.render(body, { frontmatter: {} });
    return { i, html: sanitiseHtml(code) };
  } catch {
    return { i };
  }
}

// One body at a time, in the order sent; after the last, the thread ends.
let queue = Promise.resolve();
parentPort!.on('message', (message: AheadMessage) => {
  queue = queue.then(async () => {
    if ('end' in message) parentPort!.close();
    else for (const { i, body } of message.bodies) parentPort!.postMessage(await render(i, body));
  });
});
