/**
 * One build for `npm run bench`, in its own process so each build's peak
 * memory is its own: builds HELIOGRAPH_CONTENT into HELIOGRAPH_OUT at
 * HELIOGRAPH_NOW and prints one JSON line with the wall time, phases and the
 * process's peak RSS (Astro builds in this process).
 */
import { buildSite } from '../../src/build/build-site.ts';

const started = performance.now();
const report = await buildSite({
  contentDir: process.env['HELIOGRAPH_CONTENT'] ?? 'content',
  outDir: process.env['HELIOGRAPH_OUT'] ?? 'dist',
  now: process.env['HELIOGRAPH_NOW'] ?? '',
  log: () => {},
  logError: console.error,
});
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ ok: report.ok, seconds, peakMiB: process.resourceUsage().maxRSS / 1024, pages: report.pages, rendered: report.rendered, reused: report.reused, phases: report.phases }));
process.exitCode = report.ok ? 0 : 1;
