import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../../data/site-index.ts';
import { buildRss } from '../../../../lib/feeds/rss.ts';

export const getStaticPaths = (async () => {
  const index = await getSiteIndex();
  return index.regions.map((r) => ({ params: { region: r.code.toLowerCase() }, props: { code: r.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await buildRss(await getSiteIndex(), { kind: 'region-incidents', code: (props as { code: string }).code }), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
