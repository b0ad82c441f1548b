import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../../data/site-index.ts';
import { buildJsonFeed } from '../../../../lib/feeds/json-feed.ts';

export const getStaticPaths = (async () => {
  const index = await getSiteIndex();
  return index.regions.map((r) => ({ params: { region: r.code.toLowerCase() }, props: { code: r.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await buildJsonFeed(await getSiteIndex(), { kind: 'region-incidents', code: (props as { code: string }).code }), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
