/**
 * Incidents resolved in the last RECENTLY_RESOLVED_HOURS, as a customer coming
 * back reads them: "Resolved 2 h ago after 2 h 35 min".
 */
import type { Incident } from '../content/types.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { entryPath } from '../index/entry-time.ts';
import { affects } from '../status/board.ts';
import { STATUS_LABEL } from '../status/impact.ts';
import { formatDuration, incidentStatus } from '../status/incident.ts';
import type { Banner } from './banner.ts';
import { entryBanner } from './banner.ts';
import { regionLinks } from './entry-views.ts';

export interface ResolvedItem {
  entry: Incident;
  href: string;
  title: string;
  resolved: string;
  /** "Service restored" */
  banner: Banner;
  /** "Resolved 2 h ago after 2 h 35 min" */
  text: string;
  /** Its parts, so a page can keep the age moving: "2 h" (since `resolved`) and "2 h 35 min". */
  ago: string;
  after: string;
  /** "Partial outage · Asia Pacific (APJ)" */
  where: string;
}

/** The recently resolved incidents, all or those affecting one region. */
export function recentlyResolved(index: Pick<SiteIndex, 'recentlyResolved' | 'now' | 'regionByCode' | 'componentById' | 'regions'>, region?: string): ResolvedItem[] {
  return index.recentlyResolved
    .filter((entry) => region === undefined || affects(entry.data.regions, region))
    .map((entry) => {
      const status = incidentStatus(entry.data, index.now);
      const resolved = entry.data.resolved!;
      const ago = formatDuration(Date.parse(index.now) - Date.parse(resolved));
      return {
        entry,
        href: entryPath(entry),
        title: entry.data.title,
        resolved,
        banner: entryBanner(entry, index.now),
        text: `Resolved ${ago} ago after ${formatDuration(status.durationMs)}`,
        ago,
        after: formatDuration(status.durationMs),
        where: `${STATUS_LABEL[entry.data.impact]} · ${regionLinks(entry.data.regions, index).map((l) => l.label).join(', ')}`,
      };
    });
}
