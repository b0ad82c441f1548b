// @ts-check
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/lib/config/site-url.mjs';
import { entryBodies } from './src/data/bodies.ts';
import { outsideTheBundle } from './src/build/outside-bundle.ts';

// The content folder (HELIOGRAPH_CONTENT) and "now" (HELIOGRAPH_NOW) are read
// by src/content.config.ts and src/data/; see README.md.
export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // One stylesheet file shared (and cached) by every page, never inlined per page.
  // Sixteen pages at once: page folders and files are written while the next
  // pages render (at 10k entries the writes left the renderer idle ~1.5 ms a
  // page at one; a cold 10k build took 0.90× the wall time at 16 as at 4).
  // Pages do not depend on the order they are rendered in: the bytes are the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  compressHTML: true,
  // Two routes for one URL would be one file written twice; a rebuild links a
  // kept page in while others render (src/build/page-keeper.ts), so say so.
  prerenderConflictBehavior: 'error',
  // Never inline the enhancement script into pages: one cached file under
  // /_astro/, so the Content-Security-Policy can say script-src 'self' with no
  // inline script at all (see public/_headers and src/layouts/Base.astro).
  vite: { build: { assetsInlineLimit: 0 }, plugins: [outsideTheBundle()] },
  integrations: [
    // Entry pages render their bodies with the Markdown renderer configured here (src/data/bodies.ts).
    entryBodies(),
    {
      // The dev server injects inline scripts and styles, which the policy
      // would block: pages carry the CSP <meta> in every build, never in dev.
      // (import.meta.env.DEV cannot tell: it follows NODE_ENV, which is "test" under vitest.)
      name: 'heliograph-csp-switch',
      hooks: {
        'astro:config:setup': ({ command, updateConfig }) => {
          updateConfig({ vite: { define: { 'import.meta.env.HELIOGRAPH_CSP_META': JSON.stringify(command !== 'dev') } } });
        },
      },
    },
  ],
  devToolbar: { enabled: false },
  prefetch: false,
});
