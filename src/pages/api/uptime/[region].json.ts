import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { regionUptimePaths, type JsonFileProps } from '../../../data/api-files.ts';

/** Each region's uptime; kept from the previous build when its JSON is the same (src/data/api-files.ts). */
export const getStaticPaths = (async () => regionUptimePaths(await getSiteIndex())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json((props as JsonFileProps).data);
