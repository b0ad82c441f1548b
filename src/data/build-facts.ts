/**
 * The facts of the build a page is part of, in one place: which content
 * folder, what "now" is, the site URL override, and the session the build
 * script opened (src/data/build-session.ts). The build script
 * (src/build/build-site.ts) sets them before it starts Astro; pages, loaders
 * and the other data modules read them from here and nowhere else.
 */
import { resolveNow } from '../lib/time/now.ts';

export { buildSession } from './build-session.ts';

export interface BuildFacts {
  /** HELIOGRAPH_CONTENT, default `content`. */
  contentDir: string;
  /** HELIOGRAPH_NOW, or the real clock under `astro dev`. */
  now: string;
  /** SITE_URL, which overrides `url` in site.yaml. */
  siteUrl: string | undefined;
}

/** The facts last worked out, and the settings they came from: asked for once per entry and page, worked out once per build. */
let last: { pinned: string | undefined; contentDir: string | undefined; siteUrl: string | undefined; facts: BuildFacts } | undefined;

export function buildFacts(env: NodeJS.ProcessEnv = process.env): BuildFacts {
  const pinned = env['HELIOGRAPH_NOW'];
  // Without a pinned time "now" is the clock's, which moves: never remembered.
  if (last && pinned && last.pinned === pinned && last.contentDir === env['HELIOGRAPH_CONTENT'] && last.siteUrl === env['SITE_URL']) return last.facts;
  const facts = Object.freeze({ contentDir: env['HELIOGRAPH_CONTENT'] || 'content', now: resolveNow(env), siteUrl: env['SITE_URL'] || undefined });
  last = { pinned, contentDir: env['HELIOGRAPH_CONTENT'], siteUrl: env['SITE_URL'], facts };
  return facts;
}
