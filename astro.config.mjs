// @ts-check
import { defineConfig } from 'astro/config';
import { siteUrl } from './src/lib/config/site-url.mjs';

// The content folder (HELIOGRAPH_CONTENT) and "now" (HELIOGRAPH_NOW) are read
// by src/content.config.ts and src/data/; see README.md.
export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  // One stylesheet file shared (and cached) by every page, never inlined per page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
});
