import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../../../data/site-index.ts';
import { activeMaintenancesJson } from '../../../../lib/api/statuspage.ts';

export const GET: APIRoute = async () => Response.json(activeMaintenancesJson(await getSiteIndex()));
