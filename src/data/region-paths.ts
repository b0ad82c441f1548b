/**
 * getStaticPaths of a route with one file per region (`/regions/<code>/…`,
 * `/api/uptime/<code>.json`): the region's code in the URL in lower case, as
 * regionPath writes links to it (src/lib/index/entry-time.ts).
 */
import type { SiteIndex } from '../lib/index/site-index.ts';

/** One path per region, with the props `props` makes of its code. */
export function perRegion<P extends object>(index: Pick<SiteIndex, 'regions'>, props: (code: string) => P) {
  return index.regions.map((r) => ({ params: { region: r.code.toLowerCase() }, props: props(r.code) }));
}
