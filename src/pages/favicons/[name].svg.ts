import type { APIRoute } from 'astro';
import { faviconPaths } from '../../data/favicon-files.ts';
import { svgResponse } from '../../lib/web/svg-response.ts';

// One favicon per status; kept from the previous build when its SVG is the same (src/data/favicon-files.ts).
export const getStaticPaths = () => faviconPaths();

export const GET: APIRoute = ({ props }) => svgResponse((props as { data: string }).data);
