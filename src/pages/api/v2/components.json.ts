import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { componentsJson } from '../../../lib/api/statuspage.ts';

export const GET: APIRoute = async () => Response.json(componentsJson(await getSiteIndex()));
