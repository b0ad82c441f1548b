import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTSIDE = [path.join(SRC, 'lib') + path.sep, path.join(SRC, 'data') + path.sep];

/**
 * Leaves src/lib/ and src/data/ out of the bundle the pages are prerendered from: the bundle imports those
 * modules as they are (Node runs TypeScript with its types stripped, and its compile cache keeps them), so
 * Vite bundles only the pages, components, layouts and Astro's runtime (the prerender bundle at 10k entries:
 * 0.85 -> 0.67 s for src/lib/ alone), and the build's process holds one copy of the domain logic and of the
 * build's data, shared by the build script and the pages. Neither folder imports anything at run time that
 * needs Vite (src/README.md: plain TypeScript; `astro` for types only). Never for the browser's bundle, nor
 * for `astro dev`.
 */
export function outsideTheBundle(): Plugin {
  return {
    name: 'heliograph-outside-bundle',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment): boolean => environment.name !== 'client',
    resolveId: {
      // Relative imports only, told apart by Rolldown itself: the others never call into JavaScript.
      filter: { id: /^\./ },
      handler(source, importer) {
        // The path itself, not this.resolve(): the modules of both folders import each other by their full file names (Node runs them as they are),
        // and asking the other plugins here would resolve every relative import of the bundle twice (~770 of ~990 resolutions).
        if (!importer || !path.isAbsolute(importer)) return null;
        const file = path.resolve(path.dirname(importer.split('?')[0]!), source);
        if (!OUTSIDE.some((folder) => file.startsWith(folder)) || !existsSync(file)) return null;
        return { id: pathToFileURL(file).href, external: true };
      },
    },
  };
}
