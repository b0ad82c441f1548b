import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { regionBadgePaths } from '../../../data/api-files.ts';

/** Each region's status badge; kept from the previous build when its SVG is the same (src/data/api-files.ts). */
export const getStaticPaths = (async () => regionBadgePaths(await getSiteIndex())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { data: string }).data, { headers: { 'Content-Type': 'image/svg+xml' } });
