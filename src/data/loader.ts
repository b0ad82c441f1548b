/**
 * Astro content loaders over Heliograph's own validation pass, so ids stay the
 * file path (dots included), every file is checked, and one schema serves all.
 * The build script has already refused invalid content; anything invalid here
 * (e.g. under `astro dev`) is reported and the entry skipped.
 *
 * The store holds only what Astro must make: each entry's rendered body. The
 * entries themselves (front matter, body, settings) reach the pages from the
 * validation pass (src/data/site-index.ts), so the build never holds — or
 * bundles — a second copy of all content. And only the bodies this build will
 * show: an entry page kept from the previous build (src/data/incremental.ts)
 * needs none, and Astro bundles the whole store into the build (at 10k
 * entries, 26 MB of HTML, 1 s of bundling and ~250 MB of memory).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem } from '../lib/content/problem.ts';
import { SANITISER_VERSION, sanitiseHtml } from '../lib/html/sanitise.ts';
import type { Collection } from '../lib/content/types.ts';
import { revalidateContent, validateContentOnce } from '../lib/check/validate.ts';
import type { Validation } from '../lib/check/validate.ts';
import { buildFacts } from './build-facts.ts';
import { entryPageSource, keepsPage } from './incremental.ts';

let validation: Validation | undefined;
let reported = false;
/** Set when a file changed under `astro dev`: read everything again. */
let stale = false;

function validated(logger: LoaderContext['logger']): Validation {
  const { contentDir, now } = buildFacts();
  validation ??= stale ? revalidateContent(contentDir, now) : validateContentOnce(contentDir, now);
  if (!reported) {
    reported = true;
    for (const p of validation.problems.filter((x) => x.severity === 'error')) logger.error(formatProblem(p));
  }
  return validation;
}

/**
 * Astro's own Markdown renderer (Sätteri: fast, no remark/rehype round trip),
 * then the one sanitiser every output uses, on its HTML.
 */
async function renderSanitised(renderMarkdown: LoaderContext['renderMarkdown'], body: string) {
  const rendered = await renderMarkdown(body);
  return { ...rendered, html: sanitiseHtml(rendered.html) };
}

export function entryLoader(collection: Collection): Loader {
  return {
    name: `heliograph-${collection}`,
    load: async ({ store, logger, generateDigest, renderMarkdown, watcher }) => {
      const { content } = validated(logger);
      const { now } = buildFacts();
      const keep = new Set<string>();
      for (const entry of content[collection]) {
        // The rendered body depends on the body and the sanitiser only.
        const digest = generateDigest(`${SANITISER_VERSION}\n${entry.body}`);
        keep.add(entry.id);
        if (keepsPage(entryPageSource(entry, { site: content.site, now }))) {
          // Its page is kept: no body (a digest of its own, so the store drops one it had).
          store.set({ id: entry.id, data: {}, filePath: entry.file, digest: `kept-${digest}` });
          continue;
        }
        const existing = store.get(entry.id);
        if (existing?.digest === digest && existing.rendered) continue;
        store.set({ id: entry.id, data: {}, filePath: entry.file, digest, rendered: await renderSanitised(renderMarkdown, entry.body) });
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      watcher?.on('change', () => {
        validation = undefined;
        reported = false;
        stale = true;
      });
    },
  };
}
