import type { APIRoute } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { regionUptime } from '../../../lib/api/uptime.ts';

export async function getStaticPaths() {
  const index = await getSiteIndex();
  return index.regions.map((r) => ({ params: { region: r.code.toLowerCase() }, props: { code: r.code } }));
}

export const GET: APIRoute = async ({ props }) => Response.json(regionUptime(await getSiteIndex(), (props as { code: string }).code));
