/**
 * getStaticPaths of the files for machines: the Statuspage v2 files (the
 * site's and each region's), each region's uptime, and the status badges of
 * the site, each region and each component. Like the region feeds (feed-files.ts) they move
 * with time only through what they say — states and uptime as of this
 * build's `now`, never the build time itself — so each path carries its
 * JSON (a badge: its SVG), the route writes it as it is, and a rebuild keeps
 * every file the previous build wrote from the same (writtenFromData,
 * src/data/incremental.ts).
 */
import type { StatuspageFile } from '../lib/api/statuspage-files.ts';
import { STATUSPAGE_FILES, statuspagePath } from '../lib/api/statuspage-files.ts';
import { regionUptime, uptimePath } from '../lib/api/uptime.ts';
import { componentBadge, regionBadge, siteBadge } from '../lib/badges/status-badges.ts';
import { badgePath } from '../lib/feeds/scopes.ts';
import type { SiteIndex } from '../lib/index/site-index.ts';
import { writtenFromData } from './incremental.ts';
import { perRegion } from './region-paths.ts';

export interface JsonFileProps {
  data: unknown;
}

/** The site's `/api/v2/…` files. */
export function statuspagePaths(index: SiteIndex) {
  const paths = STATUSPAGE_FILES.map((spec) => ({ params: { file: spec.file }, props: { spec } }));
  return writtenFromData(paths, (p) => statuspagePath(p.params.file), (p) => p.props.spec.json(index));
}

/** Each region's `/regions/<code>/api/v2/…` files: the same list as the site's, scoped to the region. */
export function regionStatuspagePaths(index: SiteIndex) {
  const paths = index.regions.flatMap((r) =>
    STATUSPAGE_FILES.map((spec: StatuspageFile) => ({ params: { region: r.code.toLowerCase(), file: spec.file }, props: { code: r.code, spec } })),
  );
  return writtenFromData(paths, (p) => statuspagePath(p.params.file, p.props.code), (p) => p.props.spec.json(index, p.props.code));
}

/** Each region's `/api/uptime/<code>.json`. */
export function regionUptimePaths(index: SiteIndex) {
  return writtenFromData(perRegion(index, (code) => ({ code })), (p) => uptimePath(p.props.code), (p) => regionUptime(index, p.props.code));
}

/** The site's `/badge.svg` (the route's one path). */
export function siteBadgePaths(index: SiteIndex) {
  return writtenFromData([{ params: { badge: 'badge' }, props: {} }], () => badgePath({ kind: 'all' }), () => siteBadge(index));
}

/** Each region's `/regions/<code>/badge.svg`. */
export function regionBadgePaths(index: SiteIndex) {
  return writtenFromData(perRegion(index, (code) => ({ code })), (p) => badgePath({ kind: 'region', code: p.props.code }), (p) => regionBadge(index, p.props.code));
}

/** Each component's `/components/<id>/badge.svg`. */
export function componentBadgePaths(index: SiteIndex) {
  const paths = index.components.map((c) => ({ params: { id: c.id }, props: { id: c.id } }));
  return writtenFromData(paths, (p) => badgePath({ kind: 'component', id: p.props.id }), (p) => componentBadge(index, p.props.id));
}
