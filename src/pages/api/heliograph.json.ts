import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../data/site-index.ts';
import { heliographJson } from '../../lib/api/native.ts';

export const GET: APIRoute = async () => Response.json(heliographJson(await getSiteIndex()));
