import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { buildCalendar } from '../../../lib/calendar/calendar.ts';

export const getStaticPaths = (async () => {
  const index = await getSiteIndex();
  return index.regions.map((r) => ({ params: { region: r.code.toLowerCase() }, props: { code: r.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(buildCalendar(await getSiteIndex(), { kind: 'region', code: (props as { code: string }).code }, { releaseStages: false }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
