import type { SiteIndex } from '../index/site-index.ts';
import { absoluteUrl } from '../web/absolute-url.ts';
import type { FeedScope } from './scopes.ts';
import { feedLinks, scopeBase } from './scopes.ts';

export interface FeedMeta {
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  rssUrl: string;
  atomUrl: string;
  jsonUrl: string;
}

/** Title, description and absolute URLs of a scope's feeds. */
export function feedMeta(index: SiteIndex, scope: FeedScope): FeedMeta {
  const names = {
    ...(scope.kind === 'region' || scope.kind === 'region-incidents' ? { region: index.regionByCode.get(scope.code)?.name ?? scope.code } : {}),
    ...(scope.kind === 'component' ? { component: index.componentById.get(scope.id)?.name ?? scope.id } : {}),
  };
  const links = feedLinks(scope, names);
  const what =
    scope.kind === 'all'
      ? 'incidents, maintenance, releases and notices'
      : scope.kind === 'region'
        ? `incidents, maintenance, releases and notices affecting ${names.region} (${scope.code}), global ones included`
        : scope.kind === 'region-incidents'
          ? `incidents affecting ${names.region} (${scope.code}), global ones included`
          : scope.kind === 'collection'
          ? links.title.toLowerCase()
          : `incidents, maintenance and releases affecting ${names.component}`;
  return {
    title: scope.kind === 'all' ? index.site.title : `${index.site.title}: ${links.title}`,
    description: `${index.site.description ?? index.site.title} Feed of ${what}.`,
    // A region's incidents feed follows the region page; there is no page of its own.
    pageUrl: absoluteUrl(index.site, scope.kind === 'all' ? '/' : scope.kind === 'region-incidents' ? scopeBase({ kind: 'region', code: scope.code }) : scopeBase(scope)),
    rssUrl: absoluteUrl(index.site, links.rss),
    atomUrl: absoluteUrl(index.site, links.atom),
    jsonUrl: absoluteUrl(index.site, links.json),
  };
}
