import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { statusJson } from '../../../lib/api/statuspage.ts';

export const GET: APIRoute = async () => Response.json(statusJson(await getSiteIndex()));
