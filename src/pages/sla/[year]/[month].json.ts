import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { slaMonthPaths, slaReport } from '../../../data/sla.ts';
import { absoluteUrl } from '../../../lib/web/absolute-url.ts';
import { slaJson } from '../../../lib/uptime/sla-export.ts';

export const getStaticPaths = slaMonthPaths('json');

export const GET: APIRoute = async ({ props }) => {
  const index = await getSiteIndex();
  return Response.json(slaJson(await slaReport((props as { month: string }).month), (path) => absoluteUrl(index.site, path)));
};
