import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../data/site-index.ts';
import { siteCalendarPaths, type SiteCalendarProps } from '../data/feed-files.ts';
import { buildCalendar } from '../lib/calendar/calendar.ts';

// /maintenance.ics and /maintenance-only.ics, kept from the previous build when written from the same events (src/data/feed-files.ts).
export const getStaticPaths = (async () => siteCalendarPaths(await getSiteIndex())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { releaseStages, data } = props as SiteCalendarProps;
  return new Response(buildCalendar(await getSiteIndex(), { kind: 'all' }, { releaseStages }, data), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
