// Plain JavaScript so astro.config.mjs can import it before TypeScript is set up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** SITE_URL when set, else `url` from the content folder's site.yaml. */
export function siteUrl(env = process.env) {
  if (env.SITE_URL) return env.SITE_URL;
  const dir = env.HELIOGRAPH_CONTENT || 'content';
  try {
    const site = parse(readFileSync(path.join(dir, 'site.yaml'), 'utf8'), { schema: 'core' });
    if (site && typeof site.url === 'string') return site.url;
  } catch {
    // The validation pass reports a missing or broken site.yaml with its line.
  }
  return undefined;
}
