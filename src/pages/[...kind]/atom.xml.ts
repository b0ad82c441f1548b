import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../data/site-index.ts';
import { siteFeedPaths, type FeedFileProps } from '../../data/feed-files.ts';
import { buildAtom } from '../../lib/feeds/atom.ts';

// /atom.xml (everything) and /<kind>/atom.xml (incidents, maintenance, releases, notices): `kind` is undefined for the site's own.
// Kept from the previous build when written from the same items (src/data/feed-files.ts).
export const getStaticPaths = (async () => siteFeedPaths(await getSiteIndex(), 'atom.xml')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { scope, data } = props as FeedFileProps;
  return new Response(await buildAtom(await getSiteIndex(), scope, data), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
