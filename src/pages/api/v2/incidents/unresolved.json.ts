import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../../../data/site-index.ts';
import { unresolvedIncidentsJson } from '../../../../lib/api/statuspage.ts';

export const GET: APIRoute = async () => Response.json(unresolvedIncidentsJson(await getSiteIndex()));
