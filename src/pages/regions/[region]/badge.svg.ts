import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { regionBadge } from '../../../lib/badges/status-badges.ts';

export const getStaticPaths = (async () => {
  const index = await getSiteIndex();
  return index.regions.map((r) => ({ params: { region: r.code.toLowerCase() }, props: { code: r.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(regionBadge(await getSiteIndex(), (props as { code: string }).code), { headers: { 'Content-Type': 'image/svg+xml' } });
