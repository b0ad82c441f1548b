import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../../../data/site-index.ts';
import { STATUSPAGE_FILES, statuspageResponse } from '../../../../../lib/api/statuspage-files.ts';
import type { StatuspageFile } from '../../../../../lib/api/statuspage-files.ts';

/** Each region's Statuspage v2 files: the same list as the site's, scoped to the region. */
export const getStaticPaths = (async () => {
  const index = await getSiteIndex();
  return index.regions.flatMap((r) =>
    STATUSPAGE_FILES.map((f) => ({ params: { region: r.code.toLowerCase(), file: f.file }, props: { code: r.code, spec: f } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { code, spec } = props as { code: string; spec: StatuspageFile };
  return statuspageResponse(spec.json(await getSiteIndex(), code));
};
