/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the `feed` library. */
import type { SiteIndex } from '../index/site-index.ts';
import { libraryFeed } from './atom.ts';
import { feedMeta } from './feed-meta.ts';
import { fitFeed } from './fit.ts';
import type { FeedContent } from './items.ts';
import { feedContent } from './items.ts';
import type { FeedScope } from './scopes.ts';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/**
 * The library writes JSON Feed 1.0 with HTML-escaped text (it shares its
 * input with Atom); this lifts it to 1.1: the version, `authors` for the
 * deprecated `author`, `language`, and plain text where 1.1 wants text.
 */
export function buildJsonFeed(index: SiteIndex, scope: FeedScope, content: FeedContent = feedContent(index, scope)): Promise<string> {
  const meta = feedMeta(index, scope);
  return fitFeed(content.items, (list) => {
    const doc = JSON.parse(libraryFeed(index, scope, list, content.updated).json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
    const { author, ...rest } = doc;
    const byId = new Map(list.map((i) => [i.id, i]));
    return JSON.stringify({
      ...rest,
      version: JSON_FEED_VERSION,
      title: meta.title,
      description: meta.description,
      language: 'en',
      ...(author ? { authors: [{ name: index.site.title, url: index.site.url }] } : {}),
      items: doc.items.map((i) => {
        const item = byId.get(String(i['id']))!;
        return { ...i, title: item.title, summary: item.summary, tags: item.categories };
      }),
    });
  });
}
