/**
 * Astro's own floor for a site of a given number of pages: a bare Astro
 * project (one route, a minimal page, no layout, no content, Heliograph's
 * build options) built cold with the same Astro in a process of its own. The
 * bench builds it with as many pages as Heliograph's cold build wrote, so the
 * difference between the two is Heliograph's own work: what its pages show,
 * its validation, bodies, feeds and decisions. Only the bench uses it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ build: { format: 'directory', concurrency: 16 }, compressHTML: true, devToolbar: { enabled: false }, prefetch: false });
`;

const PAGE = `---
export function getStaticPaths() {
  return Array.from({ length: Number(process.env.FLOOR_PAGES) }, (_, i) => ({ params: { id: \`p/\${i}\` }, props: { i } }));
}
const { i } = Astro.props;
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Page {i}</title></head>
<body><main><h1>Page {i}</h1><p>Page {i} of a bare Astro site.</p></main></body></html>
`;

// From the process's start (performance's time origin), loading Astro included, as Heliograph's builds are timed.
const BUILD = `import { build } from 'astro';
await build({ root: process.cwd(), logLevel: 'error' });
console.log(JSON.stringify({ seconds: performance.now() / 1000, peakMiB: process.resourceUsage().maxRSS / 1024 }));
`;

export interface FloorRun {
  seconds: number;
  peakMiB: number;
}

/**
 * Writes the bare project into `dir` (its node_modules a link to the
 * project's, so it builds with the very same Astro) and builds `pages` pages
 * cold with `node`: the build's own wall time and the process's peak RSS.
 */
export function astroFloorBuild(dir: string, projectRoot: string, pages: number, node: string = process.execPath): FloorRun {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "astro-floor", "private": true, "type": "module" }\n');
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(dir, 'src/pages/[...id].astro'), PAGE);
  writeFileSync(path.join(dir, 'build.mjs'), BUILD);
  // With the project's compile cache, as Heliograph's builds run (src/build/compile-cache.ts): the floor is Astro's, not Node compiling it.
  const env = { ...process.env, FLOOR_PAGES: String(pages), NODE_COMPILE_CACHE: path.join(projectRoot, 'node_modules/.astro/compile-cache') };
  const run = spawnSync(node, ['build.mjs'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 16 * 1024 * 1024 });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`the bare Astro build failed (exit ${run.status}): ${run.stderr.trim()}`);
  return JSON.parse(line) as FloorRun;
}
