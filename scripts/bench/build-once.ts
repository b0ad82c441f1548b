/**
 * One build for `npm run bench`, in its own process so each build's peak
 * memory is its own: builds HELIOGRAPH_CONTENT into HELIOGRAPH_OUT at
 * HELIOGRAPH_NOW and prints one JSON line with the wall time, phases and the
 * process's peak RSS (Astro builds in this process).
 */
import { cacheCompiledCode } from '../../src/build/compile-cache.ts';

// As scripts/build.ts does: before the build's own modules load.
cacheCompiledCode();
const { buildSite } = await import('../../src/build/build-site.ts');

// performance.now() counts from the process's start: starting Node and loading the build's code are part of a build's wall time, as they are of Hugo's.
const started = performance.now();
const report = await buildSite({
  contentDir: process.env['HELIOGRAPH_CONTENT'] ?? 'content',
  outDir: process.env['HELIOGRAPH_OUT'] ?? 'dist',
  now: process.env['HELIOGRAPH_NOW'] ?? '',
  log: () => {},
  logError: console.error,
});
const seconds = performance.now() / 1000;
const phases = { 'start-up': started / 1000, ...report.phases };
console.log(JSON.stringify({ ok: report.ok, seconds, peakMiB: process.resourceUsage().maxRSS / 1024, pages: report.pages, rendered: report.rendered, reused: report.reused, phases }));
process.exitCode = report.ok ? 0 : 1;
