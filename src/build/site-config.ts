/**
 * The site's Astro configuration for a build: `astro.config.mjs` in the
 * project folder, imported by Node itself, so the build can hand it to Astro
 * with `configFile: false` (src/build/build-site.ts). Astro would load it
 * through a Vite module runner, which transforms the config and every module
 * it imports (the entry-body renderer and the site index behind it) again in
 * each build (~0.12 s) and evaluates a second copy of them beside the
 * build's own. Imported afresh for each build, as Astro does: the config
 * reads SITE_URL and the content folder's site.yaml when it is evaluated.
 * A project whose configuration is another file (`astro.config.ts`, say), or
 * one that does not load, gets undefined, and Astro finds and loads the file
 * as usual.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroUserConfig } from 'astro';

const SITE_CONFIG_FILE = 'astro.config.mjs';

let loads = 0;

export async function siteConfig(root: string = process.cwd()): Promise<AstroUserConfig | undefined> {
  const file = path.join(root, SITE_CONFIG_FILE);
  if (!existsSync(file)) return undefined;
  const url = pathToFileURL(file);
  // A new URL each time: Node evaluates a module once per URL.
  url.searchParams.set('build', String(++loads));
  try {
    return ((await import(url.href)) as { default: AstroUserConfig }).default;
  } catch {
    // A config that does not load (a syntax error, a missing import) is left to Astro, which loads it its own way and
    // says what is wrong with the file's name and line; Node's own error for a syntax error names neither.
    return undefined;
  }
}
