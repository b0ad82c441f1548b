/**
 * The rendering thread of src/build/bodies-ahead.ts: makes the Markdown
 * renderer Astro's configuration names (Sätteri, from the copy Astro itself
 * depends on) with the same options, renders each body in the order given and
 * passes it through the one sanitiser, posting each result as it is done. A
 * body it cannot render is posted without HTML: the page renders it itself
 * and reports the error as it always would.
 */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { sanitiseHtml } from '../lib/html/sanitise.ts';
import type { AheadPlan, AheadResult } from './bodies-ahead.ts';

type Renderer = { render: (markdown: string, options: { frontmatter: Record<string, unknown> }) => Promise<{ code: string }> };
type SatteriModule = { satteri: (options: { features: object }) => { createRenderer: (shared: object) => Promise<Renderer> } };

const { plan, bodies } = workerData as { plan: AheadPlan; bodies: string[] };
const fromAstro = createRequire(fileURLToPath(import.meta.resolve('astro')));
const { satteri } = (await import(pathToFileURL(fromAstro.resolve('@astrojs/markdown-satteri')).href)) as SatteriModule;
const renderer = await satteri({ features: plan.features }).createRenderer(plan.shared);

for (let i = 0; i < bodies.length; i++) {
  let result: AheadResult;
  try {
    const { code } = await renderer.render(bodies[i]!, { frontmatter: {} });
    result = { i, html: sanitiseHtml(code) };
  } catch {
    result = { i };
  }
  parentPort!.postMessage(result);
}
