import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../data/site-index.ts';
import { siteFeedPaths, type FeedFileProps } from '../../data/feed-files.ts';
import { buildJsonFeed } from '../../lib/feeds/json-feed.ts';

// /feed.json (everything) and /<kind>/feed.json (incidents, maintenance, releases, notices): `kind` is undefined for the site's own.
// Kept from the previous build when written from the same items (src/data/feed-files.ts).
export const getStaticPaths = (async () => siteFeedPaths(await getSiteIndex(), 'feed.json')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { scope, data } = props as FeedFileProps;
  return new Response(await buildJsonFeed(await getSiteIndex(), scope, data), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
