import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { summaryJson } from '../../../lib/api/statuspage.ts';

export const GET: APIRoute = async () => Response.json(summaryJson(await getSiteIndex()));
