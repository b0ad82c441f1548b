import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../data/site-index.ts';
import { buildJsonFeed } from '../../lib/feeds/json-feed.ts';

export const GET: APIRoute = async () =>
  new Response(await buildJsonFeed(await getSiteIndex(), { kind: 'collection', collection: 'notices' }), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
