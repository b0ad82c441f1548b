/**
 * One feed item per published change (src/lib/changes), for any scope, at
 * most FEED_LIMIT, newest first by the time of the change. A reader that keys
 * on ids (most do) shows every change once: the opening, each update, the
 * resolution, the PIR, a window starting or running over.
 */
import { publishedChangeList, type ChangeList, type ChangeScopeFields } from '../changes/changes.ts';
import type { Change, ChangeKind } from '../changes/change.ts';
import type { Collection } from '../content/types.ts';
import { COLLECTION_LABEL } from '../display/labels.ts';
import { entryPath } from '../index/entry-time.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { affects } from '../status/board.ts';
import { absoluteUrl } from '../web/absolute-url.ts';
import { escapeHtml } from '../html/escape.ts';
import type { FeedScope } from './scopes.ts';
import { scopeBase } from './scopes.ts';

export { absoluteUrl };

export const FEED_LIMIT = 50;
/** Every feed file stays under this size, however many entries there are (fit.ts). */
export const FEED_MAX_BYTES = 256 * 1024;
/** "What changed" is cut at this many characters, each fact at MAX_FACT_CHARS: items stay small. */
export const MAX_SUMMARY_CHARS = 1_500;
export const MAX_FACT_CHARS = 300;

export interface FeedItem {
  /** The change id: RSS guid (not a permalink), Atom id, JSON Feed id. */
  id: string;
  /** The entry page, anchored at this change. */
  link: string;
  /** "Resolved: Sign-in failures (EUR, GBR)". */
  title: string;
  kind: Collection;
  change: ChangeKind;
  /** The time of the change: published and updated alike, so an item never moves. */
  date: string;
  /** Plain text: what changed. */
  summary: string;
  /** HTML: what changed, then the key facts, then the link. */
  html: string;
  categories: string[];
}

/** The changes are listed once per build however many feeds read them, and each is made only if a feed reads it. */
const changeLists = new WeakMap<SiteIndex, ChangeList>();
export function buildChanges(index: SiteIndex): ChangeList {
  let list = changeLists.get(index);
  if (list === undefined) {
    list = publishedChangeList(index);
    changeLists.set(index, list);
  }
  return list;
}

/**
 * Whether a change belongs in a scope's feed. A release reaching a stage is a
 * change per region, so it goes only into that region's feed: in the
 * everything, releases and component feeds it would crowd out all else.
 */
export function inScope(change: ChangeScopeFields, scope: FeedScope): boolean {
  const stage = change.kind === 'release.stage_reached';
  switch (scope.kind) {
    case 'all':
      return !stage;
    case 'collection':
      return !stage && change.collection === scope.collection;
    case 'region':
      return affects(change.regions, scope.code);
    case 'region-incidents':
      return change.collection === 'incidents' && affects(change.regions, scope.code);
    case 'component':
      return !stage && change.collection !== 'notices' && (change.components.length === 0 || change.components.includes(scope.id));
  }
}

/** The changes of a scope, newest first, at most `limit`. */
export function scopeChanges(index: SiteIndex, scope: FeedScope, limit = FEED_LIMIT): Change[] {
  if ((scope.kind === 'region' || scope.kind === 'region-incidents') && !index.regionByCode.has(scope.code)) throw new Error(`no such region: ${scope.code}`);
  if (scope.kind === 'component' && !index.componentById.has(scope.id)) throw new Error(`no such component: ${scope.id}`);
  const out: Change[] = [];
  const list = buildChanges(index);
  for (let n = 0; n < list.length && out.length < limit; n++) {
    if (inScope(list.scopeOf(n), scope)) out.push(list.get(n));
  }
  return out;
}

/** Cut at a word boundary with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

export function feedItem(change: Change, index: Pick<SiteIndex, 'site'>): FeedItem {
  const link = `${absoluteUrl(index.site, entryPath(change.entry))}#${change.anchor}`;
  const summary = clip(change.summary, MAX_SUMMARY_CHARS);
  const facts = change.facts.map((f) => clip(f, MAX_FACT_CHARS));
  const what = COLLECTION_LABEL[change.collection].toLowerCase();
  const html = [
    `<p>${escapeHtml(summary)}</p>`,
    facts.length ? `<ul>${facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>` : '',
    `<p><a href="${escapeHtml(link)}">See the ${what} on the status page</a></p>`,
  ].join('\n');
  return {
    id: change.id,
    link,
    title: change.title,
    kind: change.collection,
    change: change.kind,
    date: change.at,
    summary,
    html,
    categories: [COLLECTION_LABEL[change.collection], ...change.regions],
  };
}

export function feedItems(index: SiteIndex, scope: FeedScope): FeedItem[] {
  return scopeChanges(index, scope).map((change) => feedItem(change, index));
}

/**
 * What a scope's feed files (RSS, Atom, JSON Feed) are written from, as of
 * `index.now`: its items, and the feed's `updated` should none of them fit
 * (fit.ts). Plain data: a rebuild keeps a feed file written from the same
 * (src/data/feed-files.ts). Worked out once per scope and build.
 */
export interface FeedContent {
  items: FeedItem[];
  /** The newest item's time; with no items, when the site last changed. */
  updated: string;
}

const contents = new WeakMap<SiteIndex, Map<string, FeedContent>>();
export function feedContent(index: SiteIndex, scope: FeedScope): FeedContent {
  let byScope = contents.get(index);
  if (byScope === undefined) contents.set(index, (byScope = new Map()));
  const key = scopeBase(scope);
  let content = byScope.get(key);
  if (content === undefined) {
    const items = feedItems(index, scope);
    content = { items, updated: feedUpdated(items, index.lastChanged) };
    byScope.set(key, content);
  }
  return content;
}

/** The feed's own `updated`: its newest item's, so it moves only when an item is added. */
export function feedUpdated(items: readonly FeedItem[], fallback: string): string {
  return items.reduce((latest, item) => (item.date > latest ? item.date : latest), items.length ? '' : fallback);
}
