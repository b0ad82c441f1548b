import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { scheduledMaintenancesJson } from '../../../lib/api/statuspage.ts';

export const GET: APIRoute = async () => Response.json(scheduledMaintenancesJson(await getSiteIndex()));
