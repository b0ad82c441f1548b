import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { regionFeedPaths, type FeedFileProps } from '../../../data/feed-files.ts';
import { buildRss } from '../../../lib/feeds/rss.ts';

// Kept from the previous build when written from the same items (src/data/feed-files.ts).
export const getStaticPaths = (async () => regionFeedPaths(await getSiteIndex(), 'region', 'rss.xml')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { scope, data } = props as FeedFileProps;
  return new Response(await buildRss(await getSiteIndex(), scope, data), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
