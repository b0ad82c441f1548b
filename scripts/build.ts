/**
 * `npm run build`: validate, build, swap into place (see src/build/build-site.ts).
 *
 * HELIOGRAPH_NOW pins "now" (default: the real time, read once);
 * HELIOGRAPH_CONTENT picks the content folder (default: content);
 * HELIOGRAPH_OUT the output folder (default: dist).
 */
import path from 'node:path';
import { cacheCompiledCode } from '../src/build/compile-cache.ts';

// Before the build's own modules load, so they come from the compile cache too: hence the imports below are dynamic.
cacheCompiledCode();
const [{ buildSite }, { runCli }, { resolveNow }] = await Promise.all([
  import('../src/build/build-site.ts'),
  import('../src/cli/run.ts'),
  import('../src/lib/time/now.ts'),
]);

runCli(async () => {
  const started = performance.now();
  const now = resolveNow();
  const contentDir = process.env['HELIOGRAPH_CONTENT'] || 'content';
  const outDir = process.env['HELIOGRAPH_OUT'] || 'dist';
  const report = await buildSite({ contentDir, outDir, now });
  if (!report.ok) return 1;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Built ${report.pages} pages from ${contentDir}/ at ${now} in ${seconds} s: ${report.rendered} rendered, ${report.reused} kept from the previous build (${report.warnings} warning${report.warnings === 1 ? '' : 's'}).\n` +
      `The site is in ${path.relative(process.cwd(), path.resolve(outDir))}/; preview it with: npm run preview`,
  );
  return 0;
});
