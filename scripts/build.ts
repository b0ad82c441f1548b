/**
 * `npm run build`: validate all content, then build with Astro into a staging
 * folder and swap it into dist/ only when everything succeeded, so a failed
 * build leaves the previous site untouched.
 *
 * HELIOGRAPH_NOW pins "now" (default: the real time, read once);
 * HELIOGRAPH_CONTENT picks the content folder (default: content);
 * HELIOGRAPH_OUT the output folder (default: dist).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../src/lib/content/problem.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { resolveNow } from '../src/lib/time/now.ts';
import { runCli } from '../src/cli/run.ts';

runCli(async () => {
  const started = performance.now();
  const now = resolveNow();
  process.env['HELIOGRAPH_NOW'] = now;
  const contentDir = process.env['HELIOGRAPH_CONTENT'] || 'content';
  const outDir = path.resolve(process.env['HELIOGRAPH_OUT'] || 'dist');

  const result = validateContent(contentDir, now);
  for (const problem of result.problems) console.log(formatProblem(problem));
  if (result.errors > 0) {
    console.error(`\nBuild stopped: ${result.errors} error${result.errors === 1 ? '' : 's'} in ${contentDir}/. Nothing was written; ${path.relative(process.cwd(), outDir) || outDir}/ is unchanged.`);
    return 1;
  }

  // Beside the output, so the final rename stays on one file system.
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });

  const { build } = await import('astro');
  try {
    await build({
      outDir: staging,
      // One content-layer cache per content folder, so the sample site, tests and bench never share one.
      cacheDir: path.join('node_modules/.astro', path.resolve(contentDir).replace(/[^a-zA-Z0-9]+/g, '_')),
      logLevel: process.env['HELIOGRAPH_LOG'] === 'debug' ? 'debug' : 'warn',
    });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Build failed: ${message}\nNothing was written; ${path.relative(process.cwd(), outDir)}/ is unchanged.`);
    return 1;
  }

  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });

  const pages = countFiles(outDir, '.html');
  console.log(
    `Built ${pages} pages from ${contentDir}/ at ${now} in ${((performance.now() - started) / 1000).toFixed(1)} s` +
      ` (${result.warnings} warning${result.warnings === 1 ? '' : 's'}).\nThe site is in ${path.relative(process.cwd(), outDir)}/; preview it with: npm run preview`,
  );
  return 0;
});

function countFiles(dir: string, ext: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) n += countFiles(p, ext);
    else if (name.endsWith(ext)) n++;
  }
  return n;
}
