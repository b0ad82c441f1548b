import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { buildJsonFeed } from '../../../lib/feeds/json-feed.ts';

export const getStaticPaths = (async () => {
  const index = await getSiteIndex();
  return index.components.map((c) => ({ params: { id: c.id }, props: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await buildJsonFeed(await getSiteIndex(), { kind: 'component', id: (props as { id: string }).id }), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
