import type { APIRoute } from 'astro';
import { getSiteIndex } from '../data/site-index.ts';
import { buildCalendar } from '../lib/calendar/calendar.ts';

export const GET: APIRoute = async () =>
  new Response(buildCalendar(await getSiteIndex(), { kind: 'all' }, { releaseStages: false }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
