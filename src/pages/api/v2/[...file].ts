import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../data/site-index.ts';
import { STATUSPAGE_FILES, statuspageResponse } from '../../../lib/api/statuspage-files.ts';
import type { StatuspageFile } from '../../../lib/api/statuspage-files.ts';

/** The site's Statuspage v2 files, one route per entry of STATUSPAGE_FILES. */
export const getStaticPaths = (() => STATUSPAGE_FILES.map((f) => ({ params: { file: f.file }, props: { spec: f } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => statuspageResponse((props as { spec: StatuspageFile }).spec.json(await getSiteIndex()));
