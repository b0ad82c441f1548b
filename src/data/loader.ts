/**
 * Astro content loaders over Heliograph's own validation pass, for `astro dev`
 * (and `astro sync`, which `astro check` runs): they report invalid content in
 * the dev server's log and read everything again when a file changes. The
 * store stays empty: the entries (front matter, body, settings) reach the
 * pages from the validation pass (src/data/site-index.ts), and each page
 * renders its own entry's body (src/data/bodies.ts), so nothing is held or
 * bundled twice.
 *
 * `npm run build` does not run the content layer at all
 * (src/build/build-site.ts): it has validated every file before Astro starts,
 * and a loader would have nothing left to do.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblem } from '../lib/content/problem.ts';
import type { Collection } from '../lib/content/types.ts';
import { revalidateContent, validateContentOnce } from '../lib/check/validate.ts';
import type { Validation } from '../lib/check/validate.ts';
import { buildFacts } from './build-facts.ts';

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

export function entryLoader(collection: Collection): Loader {
  return {
    name: `heliograph-${collection}`,
    load: async ({ store, logger, watcher }) => {
      validated(logger);
      // Left by an older Heliograph, which kept the bodies in the store.
      store.clear();
      watcher?.on('change', () => {
        validation = undefined;
        reported = false;
        stale = true;
      });
    },
  };
}
