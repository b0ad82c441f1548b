import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { componentFeedPaths, type FeedFileProps } from '../../../data/feed-files.ts';
import { buildAtom } from '../../../lib/feeds/atom.ts';

// Kept from the previous build when written from the same items (src/data/feed-files.ts).
export const getStaticPaths = (async () => componentFeedPaths(await getSiteIndex(), 'atom.xml')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { scope, data } = props as FeedFileProps;
  return new Response(await buildAtom(await getSiteIndex(), scope, data), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
