import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../../../data/site-index.ts';
import { regionStatuspagePaths, type JsonFileProps } from '../../../../../data/api-files.ts';
import { statuspageResponse } from '../../../../../lib/api/statuspage-files.ts';

/** Each region's Statuspage v2 files; kept from the previous build when their JSON is the same (src/data/api-files.ts). */
export const getStaticPaths = (async () => regionStatuspagePaths(await getSiteIndex())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => statuspageResponse((props as JsonFileProps).data);
