/**
 * The build's one index: entries come from the validation pass once and are
 * indexed once; every page and feed reads from here. Entry pages render their
 * bodies themselves (src/data/bodies.ts).
 */
import type { Content } from '../lib/content/types.ts';
import { lastValidation, validateContentOnce } from '../lib/check/validate.ts';
import { buildFacts } from './build-facts.ts';
import { entrySettled } from '../lib/schedule/site-schedule.ts';
import { buildIndex, indexAt, indexAtLater } from '../lib/index/site-index.ts';
import type { SiteIndex } from '../lib/index/site-index.ts';

let loading: Promise<SiteIndex> | undefined;
/** The site as it will be at later instants of the build's schedule (see src/lib/schedule/). */
const later = new Map<string, SiteIndex>();

async function load() {
  // The entries and settings come from the validation pass the build (or, under
  // `astro dev`, the loader) ran in this process.
  const { contentDir, now, siteUrl } = buildFacts();
  const validated = lastValidation(contentDir) ?? validateContentOnce(contentDir, now);
  const content: Content = { ...validated.content };
  if (siteUrl) content.site = { ...content.site, url: siteUrl };
  return buildIndex(content, now);
}

export async function getSiteIndex(): Promise<SiteIndex> {
  loading ??= load();
  return loading;
}

/**
 * The index the same content gives at another instant: what a build pinned to
 * `now` would show. Pages evaluate their time-dependent parts at each instant
 * of the schedule with it, so the browser only picks among built states.
 */
export async function getSiteIndexAt(now: string): Promise<SiteIndex> {
  loading ??= load();
  const index = await loading;
  if (now === index.now) return index;
  let at = later.get(now);
  if (!at) {
    // After the build, only the entries that can still change are looked at again (indexAtLater).
    at = Date.parse(now) > Date.parse(index.now) ? indexAtLater(index, now, (e) => entrySettled(e, index)) : indexAt(index, now);
    later.set(now, at);
  }
  return at;
}
