import type { APIRoute } from 'astro';
import { slaMonthPaths, slaReport } from '../../../data/sla.ts';
import { slaCsv } from '../../../lib/uptime/sla-export.ts';

export const getStaticPaths = slaMonthPaths('csv');

export const GET: APIRoute = async ({ props }) =>
  new Response(slaCsv(await slaReport((props as { month: string }).month)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
