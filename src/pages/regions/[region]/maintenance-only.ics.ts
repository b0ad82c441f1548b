import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { regionCalendarPaths, type CalendarFileProps } from '../../../data/feed-files.ts';
import { buildCalendar } from '../../../lib/calendar/calendar.ts';

// Kept from the previous build when written from the same events (src/data/feed-files.ts).
export const getStaticPaths = (async () => regionCalendarPaths(await getSiteIndex(), false)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { scope, data } = props as CalendarFileProps;
  return new Response(buildCalendar(await getSiteIndex(), scope, { releaseStages: false }, data), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
