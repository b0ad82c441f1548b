import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../../../data/site-index.ts';
import { upcomingMaintenancesJson } from '../../../../lib/api/statuspage.ts';

export const GET: APIRoute = async () => Response.json(upcomingMaintenancesJson(await getSiteIndex()));
