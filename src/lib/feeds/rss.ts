/** RSS 2.0 with @astrojs/rss; its XML builder escapes every value, we drop XML-forbidden characters first. */
import { getRssString } from '@astrojs/rss';
import type { SiteIndex } from '../index/site-index.ts';
import { feedMeta } from './feed-meta.ts';
import { fitFeed } from './fit.ts';
import type { FeedContent, FeedItem } from './items.ts';
import { feedContent, feedUpdated } from './items.ts';
import type { FeedScope } from './scopes.ts';
import { escapeXml, stripXmlForbidden } from '../web/xml.ts';

export async function buildRss(index: SiteIndex, scope: FeedScope, content: FeedContent = feedContent(index, scope)): Promise<string> {
  const meta = feedMeta(index, scope);
  const render = async (list: readonly FeedItem[]) => {
    const updated = new Date(feedUpdated(list, content.updated)).toUTCString();
    return getRssString({
      title: stripXmlForbidden(meta.title),
      description: stripXmlForbidden(meta.description),
      site: meta.pageUrl,
      xmlns: { atom: 'http://www.w3.org/2005/Atom' },
      customData: [
        `<atom:link href="${escapeXml(meta.rssUrl)}" rel="self" type="application/rss+xml"/>`,
        `<lastBuildDate>${updated}</lastBuildDate>`,
        `<language>en</language>`,
        `<ttl>5</ttl>`,
      ].join(''),
      items: list.map((item) => ({
        title: stripXmlForbidden(item.title),
        link: item.link,
        pubDate: new Date(item.date),
        description: stripXmlForbidden(item.summary),
        content: stripXmlForbidden(item.html),
        categories: item.categories.map(stripXmlForbidden),
        // The change id, not the link: several changes share an entry page.
        customData: `<guid isPermaLink="false">${escapeXml(item.id)}</guid>`,
      })),
    });
  };
  return fitFeed(content.items, render);
}
