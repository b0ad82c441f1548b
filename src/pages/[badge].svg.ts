import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../data/site-index.ts';
import { siteBadgePaths } from '../data/api-files.ts';
import { svgResponse } from '../lib/web/svg-response.ts';

// /badge.svg, the site's status badge. A route with a parameter only so that a
// rebuild can keep it when its SVG is the same (src/data/api-files.ts).
export const getStaticPaths = (async () => siteBadgePaths(await getSiteIndex())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => svgResponse((props as { data: string }).data);
