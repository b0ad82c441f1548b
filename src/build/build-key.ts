/**
 * The build key: a hash of everything that shapes every page at once — the
 * code (src/, public/, the Astro and TypeScript configuration), the installed
 * dependencies (package-lock.json), the site's settings (site.yaml,
 * regions.yaml, components.yaml as validated) and SITE_URL. A page is kept
 * from the previous build only under the same key, so changing any of these
 * renders every page again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Content } from '../lib/content/types.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const CODE = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

export function buildKey(content: Pick<Content, 'site' | 'regions' | 'components'>, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  for (const file of CODE.flatMap((p) => filesUnder(path.join(PROJECT_ROOT, p)))) {
    hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  hash.update(JSON.stringify([content.site, content.regions, content.components, env['SITE_URL'] ?? null]));
  return hash.digest('base64url');
}

function filesUnder(p: string): string[] {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p)
    .sort()
    .flatMap((name) => filesUnder(path.join(p, name)));
}
