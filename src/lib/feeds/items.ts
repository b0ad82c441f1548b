/**
 * One feed item per entry, for any scope, at most FEED_LIMIT, newest first by
 * when the entry happens (the order of the site's timelines). Ids, links and
 * `published` come from the content only, so they are the same in every build.
 */
import type { Collection, Entry } from '../content/types.ts';
import { announcedTime, entryPath, lastChangedTime } from '../index/entry-time.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { entryKey } from '../index/site-index.ts';
import { absoluteUrl } from './absolute-url.ts';
import { bodyHtml, escapeHtml } from './body-html.ts';
import { entryState, formatFeedTime } from './entry-state.ts';
import { updateStatusLabel } from '../status/wording.ts';
import type { FeedScope } from './scopes.ts';

export { absoluteUrl };

export const FEED_LIMIT = 50;

export interface FeedItem {
  /** Absolute permalink of the entry page: the RSS guid and the Atom id. */
  id: string;
  title: string;
  kind: Collection;
  published: string;
  updated: string;
  /** Plain text: state and latest update. */
  summary: string;
  /** HTML: state, facts and latest update, then the whole body. */
  html: string;
  categories: string[];
}

/** The entries of a scope, newest first, each once, at most `limit`. */
export function scopeEntries(index: SiteIndex, scope: FeedScope, limit = FEED_LIMIT): Entry[] {
  const out: Entry[] = [];
  const seen = new Set<string>();
  const take = (entries: Iterable<Entry>) => {
    for (const entry of entries) {
      if (out.length >= limit) return;
      const key = entryKey(entry);
      if (seen.has(key)) continue; // a release is in a region's timeline twice
      seen.add(key);
      out.push(entry);
    }
  };
  switch (scope.kind) {
    case 'all':
      for (const month of index.history) {
        take(month.items.map((d) => d.entry));
        if (out.length >= limit) break;
      }
      break;
    case 'collection':
      take(index[scope.collection]);
      break;
    case 'region': {
      const timeline = index.timelines.get(scope.code);
      if (!timeline) throw new Error(`no such region: ${scope.code}`);
      take(timeline.map((item) => item.entry));
      break;
    }
    case 'component': {
      const dated = index.componentEntries.get(scope.id);
      if (!dated) throw new Error(`no such component: ${scope.id}`);
      take(dated.map((d) => d.entry));
      break;
    }
  }
  return out;
}

const KIND_LABEL: Record<Collection, string> = {
  incidents: 'Incident',
  maintenance: 'Maintenance',
  releases: 'Release',
  notices: 'Notice',
};

/** An entry is in several feeds; its body is rendered once per build (it depends on the content only). */
const renderedBodies = new WeakMap<Entry, string>();

function renderedBody(entry: Entry, url: string): string {
  let html = renderedBodies.get(entry);
  if (html === undefined) {
    html = bodyHtml(entry.body, url);
    renderedBodies.set(entry, html);
  }
  return html;
}

export function feedItem(entry: Entry, index: SiteIndex): FeedItem {
  const url = absoluteUrl(index.site, entryPath(entry));
  const { state, facts, latest } = entryState(entry, index);
  const latestLine = latest ? `Latest update, ${formatFeedTime(latest.at)} (${updateStatusLabel(latest.status)}): ${latest.text}` : undefined;
  const html = [
    `<p><strong>${escapeHtml(state)}</strong></p>`,
    `<ul>${facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`,
    latest
      ? `<p><strong>Latest update</strong>, ${escapeHtml(formatFeedTime(latest.at))} (${escapeHtml(updateStatusLabel(latest.status))}): ${escapeHtml(latest.text)}</p>`
      : '',
    '<hr/>',
    renderedBody(entry, url),
  ].join('\n');
  const regions = 'regions' in entry.data ? entry.data.regions : [...new Set(entry.data.rollout.flatMap((s) => s.regions))];
  return {
    id: url,
    title: entry.data.title,
    kind: entry.collection,
    published: announcedTime(entry),
    updated: lastChangedTime(entry, index.now),
    summary: [state, latestLine].filter(Boolean).join('. '),
    html,
    categories: [KIND_LABEL[entry.collection], ...regions],
  };
}

export function feedItems(index: SiteIndex, scope: FeedScope): FeedItem[] {
  return scopeEntries(index, scope).map((entry) => feedItem(entry, index));
}

/** The feed's own `updated`: its newest item's, so it changes only when content does. */
export function feedUpdated(items: readonly FeedItem[], fallback: string): string {
  return items.reduce((latest, item) => (item.updated > latest ? item.updated : latest), items.length ? '' : fallback);
}
