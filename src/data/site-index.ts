/**
 * The build's one index: entries are loaded from the content layer once and
 * indexed once; every page and feed reads from here.
 */
import { getCollection, render } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import type { Component, Region, SiteConfig } from '../lib/content/schema.ts';
import type { Collection, Content, Entry } from '../lib/content/types.ts';
import { buildIndex, entryKey, indexAt } from '../lib/index/site-index.ts';
import type { SiteIndex } from '../lib/index/site-index.ts';
import { resolveNow } from '../lib/time/now.ts';

type AstroEntry = CollectionEntry<Collection>;

let loading: Promise<{ index: SiteIndex; astro: Map<string, AstroEntry> }> | undefined;
/** The site as it will be at later instants of the build's schedule (see src/lib/schedule/). */
const later = new Map<string, SiteIndex>();

async function load() {
  const [incidents, maintenance, releases, notices, settings] = await Promise.all([
    getCollection('incidents'),
    getCollection('maintenance'),
    getCollection('releases'),
    getCollection('notices'),
    getCollection('settings'),
  ]);
  const setting = (id: string) => settings.find((s) => s.id === id)!.data;
  const astro = new Map<string, AstroEntry>();
  const toEntries = <C extends Collection>(collection: C, list: CollectionEntry<C>[]) =>
    list.map((e) => {
      astro.set(`${collection}/${e.id}`, e as AstroEntry);
      return { collection, id: e.id, file: e.filePath ?? `content/${collection}/${e.id}.md`, data: e.data, body: e.body ?? '' };
    }) as Extract<Entry, { collection: C }>[];
  const content: Content = {
    site: setting('site') as SiteConfig,
    regions: setting('regions')['list'] as Region[],
    components: setting('components')['list'] as Component[],
    incidents: toEntries('incidents', incidents),
    maintenance: toEntries('maintenance', maintenance),
    releases: toEntries('releases', releases),
    notices: toEntries('notices', notices),
  };
  if (process.env['SITE_URL']) content.site = { ...content.site, url: process.env['SITE_URL'] };
  return { index: buildIndex(content, resolveNow()), astro };
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
    at = indexAt(index, now);
    later.set(now, at);
  }
  return at;
}

/** The rendered Markdown body of an entry (Astro's own Markdown processor). */
export async function renderEntry(entry: Pick<Entry, 'collection' | 'id'>) {
  loading ??= load();
  const astroEntry = (await loading).astro.get(entryKey(entry));
  if (!astroEntry) throw new Error(`no such entry: ${entryKey(entry)}`);
  return render(astroEntry);
}
