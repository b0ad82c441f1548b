import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../data/site-index.ts';
import { heliographJson } from '../../lib/api/native.ts';
import { uptimeSummary } from '../../lib/api/uptime.ts';

export const GET: APIRoute = async () => {
  const index = await getSiteIndex();
  return Response.json({ ...heliographJson(index), uptime: uptimeSummary(index) });
};
