/** Atom 1.0 (RFC 4287), written through the escaping XML tree in xml.ts. */
import type { SiteIndex } from '../index/site-index.ts';
import { feedMeta } from './feed-meta.ts';
import { feedItems, feedUpdated } from './items.ts';
import type { FeedScope } from './scopes.ts';
import { el, xmlDocument } from './xml.ts';

export function buildAtom(index: SiteIndex, scope: FeedScope): string {
  const meta = feedMeta(index, scope);
  const items = feedItems(index, scope);
  const feed = el(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' },
    el('id', {}, meta.atomUrl),
    el('title', { type: 'text' }, meta.title),
    el('subtitle', { type: 'text' }, meta.description),
    el('updated', {}, feedUpdated(items, index.lastChanged)),
    el('link', { rel: 'self', type: 'application/atom+xml', href: meta.atomUrl }),
    el('link', { rel: 'alternate', type: 'text/html', href: meta.pageUrl }),
    el('author', {}, el('name', {}, index.site.title), el('uri', {}, index.site.url)),
    el('generator', {}, 'Heliograph'),
    ...items.map((item) =>
      el(
        'entry',
        {},
        el('id', {}, item.id),
        el('title', { type: 'text' }, item.title),
        el('link', { rel: 'alternate', type: 'text/html', href: item.id }),
        el('published', {}, item.published),
        el('updated', {}, item.updated),
        ...item.categories.map((term) => el('category', { term })),
        el('summary', { type: 'text' }, item.summary),
        el('content', { type: 'html' }, item.html),
      ),
    ),
  );
  return xmlDocument(feed);
}
