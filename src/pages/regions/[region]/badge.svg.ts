import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { regionBadgePaths } from '../../../data/api-files.ts';
import { svgResponse } from '../../../lib/web/svg-response.ts';

/** Each region's status badge; kept from the previous build when its SVG is the same (src/data/api-files.ts). */
export const getStaticPaths = (async () => regionBadgePaths(await getSiteIndex())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => svgResponse((props as { data: string }).data);
