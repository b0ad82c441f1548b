/** Atom 1.0 (RFC 4287) with the `feed` library. */
import { Feed } from 'feed';
import type { SiteIndex } from '../index/site-index.ts';
import { escapeHtml } from '../html/escape.ts';
import { feedMeta } from './feed-meta.ts';
import { fitFeed } from './fit.ts';
import type { FeedContent, FeedItem } from './items.ts';
import { feedContent, feedUpdated } from './items.ts';
import type { FeedScope } from './scopes.ts';
import { stripXmlForbidden } from '../web/xml.ts';

/**
 * A `feed` library Feed of the scope's items. The library writes item titles
 * and summaries as HTML in CDATA, so their plain text is HTML-escaped here
 * (which also keeps `]]>` out of every CDATA section); feed-level text is
 * written as escaped XML text. XML-forbidden characters are dropped everywhere.
 */
export function libraryFeed(index: SiteIndex, scope: FeedScope, items: readonly FeedItem[], updated = feedUpdated(items, index.lastChanged)): Feed {
  const meta = feedMeta(index, scope);
  const text = (s: string) => escapeHtml(stripXmlForbidden(s));
  const feed = new Feed({
    id: meta.atomUrl,
    title: stripXmlForbidden(meta.title),
    description: stripXmlForbidden(meta.description),
    link: meta.pageUrl,
    language: 'en',
    updated: new Date(feedUpdated(items, updated)),
    generator: 'Heliograph',
    feedLinks: { atom: meta.atomUrl, json: meta.jsonUrl },
    author: { name: stripXmlForbidden(index.site.title), link: index.site.url },
  });
  for (const item of items) {
    feed.addItem({
      id: item.id,
      title: text(item.title),
      link: item.link,
      date: new Date(item.date),
      published: new Date(item.date),
      description: text(item.summary),
      content: stripXmlForbidden(item.html),
      // Kind labels and region codes: the schema allows no quotes or markup in them.
      category: item.categories.map((c) => ({ name: c, term: c })),
    });
  }
  return feed;
}

export function buildAtom(index: SiteIndex, scope: FeedScope, content: FeedContent = feedContent(index, scope)): Promise<string> {
  return fitFeed(content.items, (items) => libraryFeed(index, scope, items, content.updated).atom1());
}
