import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../data/site-index.ts';
import { buildAtom } from '../../lib/feeds/atom.ts';

export const GET: APIRoute = async () =>
  new Response(await buildAtom(await getSiteIndex(), { kind: 'collection', collection: 'notices' }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
