import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { componentBadge } from '../../../lib/badges/status-badges.ts';

export const getStaticPaths = (async () => {
  const index = await getSiteIndex();
  return index.components.map((c) => ({ params: { id: c.id }, props: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(componentBadge(await getSiteIndex(), (props as { id: string }).id), { headers: { 'Content-Type': 'image/svg+xml' } });
