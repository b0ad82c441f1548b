import type { APIRoute } from 'astro';
import { getSiteIndex } from '../data/site-index.ts';
import { siteBadge } from '../lib/badges/status-badges.ts';

export const GET: APIRoute = async () => new Response(siteBadge(await getSiteIndex()), { headers: { 'Content-Type': 'image/svg+xml' } });
