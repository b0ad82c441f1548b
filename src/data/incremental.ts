/**
 * Render only what changed: a page whose content can no longer change by the
 * clock (every entry it shows is settled, src/lib/schedule/settled.ts) gets a
 * fingerprint of what it is made from; when the previous build wrote a page
 * with the same fingerprint, getStaticPaths leaves it out and the build keeps
 * the previous bytes (src/build/page-keeper.ts links them in). Every other page
 * is rendered by every build. See docs/incremental.md.
 */
import { COLLECTIONS, type Collection, type Content, type Entry } from '../lib/content/types.ts';
import { entrySource } from '../lib/content/entry-source.ts';
import type { SiteIndex } from '../lib/index/site-index.ts';
import { fingerprint } from '../lib/incremental/fingerprint.ts';
import { canReuse, pageFile } from '../lib/incremental/manifest.ts';
import { entrySettled } from '../lib/schedule/site-schedule.ts';
import { buildSession } from './build-facts.ts';
import type { BuildSession } from './build-session.ts';
import { lastChanged } from './last-changed.ts';
import { perProcess } from './per-process.ts';
import { entryPath } from '../lib/index/entry-time.ts';

export interface PageSource {
  /** The page's URL path ("/incidents/x/"). */
  url: string;
  /** Whether nothing on the page can change by the clock alone. */
  timeless: () => boolean;
  /** Everything the page is made from besides the code and the settings. */
  inputs: () => unknown;
  // Both are asked only while the page is not yet decided: the second asker pays nothing.
}

/**
 * Whether this build keeps the page from the previous output instead of
 * rendering it. Decided once per page and build (the build script asks
 * about entry pages before getStaticPaths does, decideEntryPages); a kept
 * page is handed to the build to link in at once.
 */
export function keepsPage({ url, timeless, inputs }: PageSource): boolean {
  const session = buildSession();
  if (!session) return false;
  const file = pageFile(url);
  let kept = session.decided.get(file);
  if (kept === undefined) {
    kept = timeless() && keepsTimeless(session, file, inputs());
    session.decided.set(file, kept);
  }
  return kept;
}

/** Records a timeless page's fingerprint for the manifest; keeps the page when the previous build wrote the same. */
function keepsTimeless(session: BuildSession, file: string, inputs: unknown): boolean {
  const print = fingerprint(session.build, file, inputs);
  session.pages.set(file, print);
  const kept = session.previousDir !== undefined && canReuse(session.previous, session.build, file, print) && !session.missing.has(file);
  if (kept) {
    session.reused.add(file);
    session.keep?.(file);
  }
  return kept;
}

/** The paths of `paths` that this build must render; the others are kept from the previous build. */
export function renderOnlyChanged<T>(paths: T[], source: (path: T) => PageSource): T[] {
  return paths.filter((p) => !keepsPage(source(p)));
}

// Worked out once per entry and build, by whichever of the loader and the pages asks first (per-process.ts).
const digests = perProcess('entry-digests', () => new WeakMap<Entry, string>());

/**
 * What a page shows of an entry, as one short hash: its source and when it
 * last changed (its last commit). Hashed once per entry, however many pages
 * (its own, months, filters) show it. The source is the hash of the file's
 * bytes when the validation pass kept it (the data is the schema's output
 * of those bytes, and the code is in the build key), else the data and body.
 */
export function entryInputs(entry: Entry, now: string): string {
  let digest = digests.get(entry);
  if (digest === undefined) {
    const source = entrySource(entry) ?? [entry.data, entry.body];
    digest = fingerprint('entry', entry.file, [entry.collection, entry.id, source, lastChanged(entry, now)]);
    digests.set(entry, digest);
  }
  return digest;
}

/** A list page's inputs: the page with each entry it shows replaced by that entry's digest. */
export function listInputs<P extends { items: readonly { entry: Entry }[] }>(page: P, now: string): unknown {
  return { ...page, items: page.items.map((item) => ({ ...item, entry: entryInputs(item.entry, now) })) };
}

/** What an entry's own page is made from. */
export function entryPageSource(entry: Entry, index: Pick<SiteIndex, 'site' | 'now'>): PageSource {
  return { url: entryPath(entry), timeless: () => entrySettled(entry, index), inputs: () => entryInputs(entry, index.now) };
}

/**
 * Decides, before Astro starts, which entry pages this build keeps: the
 * build script asks at once (src/build/build-site.ts), so the kept pages are
 * linked in while Astro sets up and bundles; getStaticPaths then finds each
 * decision made. Returns the entries whose pages this build renders.
 */
export function decideEntryPages(content: Pick<Content, 'site' | Collection>, now: string): Entry[] {
  const rendered: Entry[] = [];
  for (const collection of COLLECTIONS) {
    for (const entry of content[collection]) if (!keepsPage(entryPageSource(entry, { site: content.site, now }))) rendered.push(entry);
  }
  return rendered;
}

/** getStaticPaths of an entry page route: one page per entry (with whether it is timeless), less those kept from the previous build. */
export function entryPagePaths<E extends Entry>(entries: readonly E[], index: Pick<SiteIndex, 'site' | 'now'>) {
  return entries
    .filter((entry) => !keepsPage(entryPageSource(entry, index)))
    .map((entry) => ({ params: { id: entry.id }, props: { entry, timeless: entrySettled(entry, index) } }));
}

/**
 * getStaticPaths of a route whose files move with time only through the data
 * they are written from — a feed's items, a calendar's events — worked out at
 * this build's `now`: each path carries that data as `props.data` (the route
 * writes the file from it and nothing else time-dependent), and a file is kept
 * when the previous build wrote it from the same data. Unlike a timeless page
 * it may change at the next build; its fingerprint then changes with it.
 */
export function writtenFromData<P extends { params: Record<string, string | undefined>; props: object }, D>(
  paths: readonly P[],
  url: (path: P) => string,
  data: (path: P) => D,
  /** What stands for the data in the fingerprint (default: the data itself); a digest made once when several files share the data. */
  inputs: (data: D) => unknown = (d) => d,
): (P & { props: P['props'] & { data: D } })[] {
  const withData = paths.map((p) => ({ ...p, props: { ...p.props, data: data(p) } }));
  return renderOnlyChanged(withData, (p) => ({ url: url(p), timeless: () => true, inputs: () => inputs(p.props.data) }));
}

type ListPage = { items: readonly { entry: Entry }[] };

/**
 * getStaticPaths of a list route (a month of the history or of a region's
 * timeline): each page timeless when every entry it shows is settled, less
 * those kept from the previous build.
 */
export function listPagePaths<P extends { params: Record<string, string | undefined>; props: { page: ListPage } }>(
  paths: readonly P[],
  url: (path: P) => string,
  index: Pick<SiteIndex, 'site' | 'now'>,
) {
  const withTimeless = paths.map((p) => ({ ...p, props: { ...p.props, timeless: p.props.page.items.every((item) => entrySettled(item.entry, index)) } }));
  return renderOnlyChanged(withTimeless, (p) => ({ url: url(p), timeless: () => p.props.timeless, inputs: () => listInputs(p.props.page, index.now) }));
}

/**
 * getStaticPaths of the history's year pages. A year page shows counts and
 * links worked out from the content alone, never a state, so once its year is
 * over (in UTC) it is timeless: kept while its counts and neighbours stay the
 * same. The running year's page is rendered by every build, with the live
 * status around it, as the running month's is.
 */
export function yearPagePaths<P extends { params: Record<string, string | undefined>; props: { year: { year: string; href: string } } }>(
  paths: readonly P[],
  index: Pick<SiteIndex, 'now'>,
) {
  const running = index.now.slice(0, 4);
  const withTimeless = paths.map((p) => ({ ...p, props: { ...p.props, timeless: p.props.year.year < running } }));
  return renderOnlyChanged(withTimeless, (p) => ({ url: p.props.year.href, timeless: () => p.props.timeless, inputs: () => p.props }));
}
