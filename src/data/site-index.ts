/**
 * The build's one index: entries come from the validation pass once and are
 * indexed once; every page and feed reads from here. Astro's content layer
 * supplies only the rendered bodies (renderEntry).
 */
import { getCollection, render } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import type { Collection, Content, Entry } from '../lib/content/types.ts';
import { lastValidation, validateContentOnce } from '../lib/check/validate.ts';
import { buildFacts } from './build-facts.ts';
import { entrySettled } from './incremental.ts';
import { buildIndex, entryKey, indexAt, indexAtLater } from '../lib/index/site-index.ts';
import type { SiteIndex } from '../lib/index/site-index.ts';

type AstroEntry = CollectionEntry<Collection>;

let loading: Promise<{ index: SiteIndex; astro: Map<string, AstroEntry> }> | undefined;
/** The site as it will be at later instants of the build's schedule (see src/lib/schedule/). */
const later = new Map<string, SiteIndex>();

async function load() {
  // The entries and settings come from the validation pass the build (or, under
  // `astro dev`, the loader) ran in this process; Astro's store holds only the
  // rendered bodies (src/data/loader.ts).
  const { contentDir, now, siteUrl } = buildFacts();
  const validated = lastValidation(contentDir) ?? validateContentOnce(contentDir, now);
  const [incidents, maintenance, releases, notices] = await Promise.all([
    getCollection('incidents'),
    getCollection('maintenance'),
    getCollection('releases'),
    getCollection('notices'),
  ]);
  const astro = new Map<string, AstroEntry>();
  for (const [collection, list] of [
    ['incidents', incidents],
    ['maintenance', maintenance],
    ['releases', releases],
    ['notices', notices],
  ] as const) {
    for (const e of list) astro.set(`${collection}/${e.id}`, e as AstroEntry);
  }
  const content: Content = { ...validated.content };
  if (siteUrl) content.site = { ...content.site, url: siteUrl };
  return { index: buildIndex(content, now), astro };
}

export async function getSiteIndex(): Promise<SiteIndex> {
  loading ??= load();
  return (await loading).index;
}

/**
 * The index the same content gives at another instant: what a build pinned to
 * `now` would show. Pages evaluate their time-dependent parts at each instant
 * of the schedule with it, so the browser only picks among built states.
 */
export async function getSiteIndexAt(now: string): Promise<SiteIndex> {
  loading ??= load();
  const { index } = await loading;
  if (now === index.now) return index;
  let at = later.get(now);
  if (!at) {
    // After the build, only the entries that can still change are looked at again (indexAtLater).
    at = Date.parse(now) > Date.parse(index.now) ? indexAtLater(index, now, (e) => entrySettled(e, index)) : indexAt(index, now);
    later.set(now, at);
  }
  return at;
}

/** The rendered Markdown body of an entry (Astro's own Markdown processor). */
export async function renderEntry(entry: Pick<Entry, 'collection' | 'id'>) {
  loading ??= load();
  const astroEntry = (await loading).astro.get(entryKey(entry));
  // A kept page's entry has no rendered body (src/data/loader.ts), and is never asked for.
  if (!astroEntry?.rendered) throw new Error(`no rendered body for ${entryKey(entry)}`);
  return render(astroEntry);
}
