import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../data/site-index.ts';
import { buildRss } from '../../lib/feeds/rss.ts';

export const GET: APIRoute = async () =>
  new Response(await buildRss(await getSiteIndex(), { kind: 'collection', collection: 'incidents' }), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
