/**
 * Astro content loaders over Heliograph's own validation pass, so ids stay the
 * file path (dots included), every file is checked, and one schema serves all.
 * The build script has already refused invalid content; anything invalid here
 * (e.g. under `astro dev`) is reported and the entry skipped.
 *
 * A loader's one job is Astro's own Markdown renderer (`renderMarkdown`, only
 * loaders are given it): it renders the bodies of the entry pages this build
 * will render, and hands them to those pages through src/data/bodies.ts, not
 * through Astro's store, which stays empty (Astro bundles the whole store into
 * the build). The entries themselves (front matter, body, settings) reach the
 * pages from the validation pass (src/data/site-index.ts), so the build never
 * holds — or bundles — a second copy of all content. An entry page kept from
 * the previous build (src/data/incremental.ts) needs no body at all.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem } from '../lib/content/problem.ts';
import { SANITISER_VERSION, sanitiseHtml } from '../lib/html/sanitise.ts';
import type { Collection } from '../lib/content/types.ts';
import { revalidateContent, validateContentOnce } from '../lib/check/validate.ts';
import type { Validation } from '../lib/check/validate.ts';
import { buildFacts } from './build-facts.ts';
import { entryPageSource, keepsPage } from './incremental.ts';
import { dropBody, knownBody, setBody } from './bodies.ts';

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
async function renderSanitised(renderMarkdown: LoaderContext['renderMarkdown'], body: string): Promise<string> {
  return sanitiseHtml((await renderMarkdown(body)).html);
}

export function entryLoader(collection: Collection): Loader {
  return {
    name: `heliograph-${collection}`,
    load: async ({ store, logger, generateDigest, renderMarkdown, watcher }) => {
      const { content } = validated(logger);
      const { now } = buildFacts();
      // Left by an older Heliograph, which kept the bodies in the store.
      store.clear();
      for (const entry of content[collection]) {
        if (keepsPage(entryPageSource(entry, { site: content.site, now }))) {
          dropBody(entry);
          continue;
        }
        // The rendered body depends on the body and the sanitiser only.
        const digest = generateDigest(`${SANITISER_VERSION}\n${entry.body}`);
        if (knownBody(entry, digest) === undefined) setBody(entry, digest, await renderSanitised(renderMarkdown, entry.body));
      }
      watcher?.on('change', () => {
        validation = undefined;
        reported = false;
        stale = true;
      });
    },
  };
}
