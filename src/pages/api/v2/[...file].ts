import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { statuspagePaths, type JsonFileProps } from '../../../data/api-files.ts';
import { statuspageResponse } from '../../../lib/api/statuspage-files.ts';

/** The site's Statuspage v2 files, one path per entry of STATUSPAGE_FILES; kept from the previous build when their JSON is the same (src/data/api-files.ts). */
export const getStaticPaths = (async () => statuspagePaths(await getSiteIndex())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => statuspageResponse((props as JsonFileProps).data);
