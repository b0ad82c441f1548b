/** What the home page shows, computed from the index: the page only lays it out. */
import type { Incident, Maintenance, Notice } from '../content/types.ts';
import type { SiteIndex } from '../index/site-index.ts';
import type { IncidentStatus } from '../status/incident.ts';
import { incidentStatus } from '../status/incident.ts';
import type { MaintenanceStatus } from '../status/maintenance.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import type { Banner, Headline } from './banner.ts';
import { boardHeadline, entryBanner } from './banner.ts';
import { componentLinks, regionLinks } from './entry-views.ts';
import type { StatusGrid } from './grid.ts';
import { statusGrid } from './grid.ts';
import type { ResolvedItem } from './recently-resolved.ts';
import { recentlyResolved } from './recently-resolved.ts';
import { oncePerIndex } from '../index/per-index.ts';
import { shortlist, SHORTLIST_LIMITS } from './shortlist.ts';

export interface HomeView {
  /** The status in words: what and where, with the count of regions affected. */
  overall: Headline;
  incidents: { entry: Incident; banner: Banner; status: IncidentStatus; where: string }[];
  activeMaintenance: { entry: Maintenance; banner: Banner; status: MaintenanceStatus; where: string }[];
  /** The soonest few (SHORTLIST_LIMITS). */
  upcomingMaintenance: { entry: Maintenance; banner: Banner; status: MaintenanceStatus; where: string }[];
  /** The newest few (SHORTLIST_LIMITS). */
  notices: { entry: Notice; banner: Banner }[];
  /** The newest few (SHORTLIST_LIMITS). */
  resolved: ResolvedItem[];
  /** Whether each cut list has more than the page shows. */
  more: { upcoming: boolean; notices: boolean; resolved: boolean };
  grid: StatusGrid;
  updated: string;
}

/** Once per index: each clock-dependent part of the home page asks for it at every instant. */
export const homeView = oncePerIndex(function homeViewOf(index: SiteIndex): HomeView {
  const { now } = index;
  /** "Europe (EUR), United Kingdom (GBR) · Sign-in" */
  const where = (entry: Incident | Maintenance) =>
    [regionLinks(entry.data.regions, index), componentLinks(entry.data.components, index)]
      .map((links) => links.map((l) => l.label).join(', '))
      .join(' · ');
  const work = (entry: Maintenance) => ({ entry, banner: entryBanner(entry, now), status: maintenanceStatus(entry.data, now), where: where(entry) });
  // What is happening now is listed in full; what is coming, what was resolved and the notices in part (shortlist.ts).
  const upcoming = shortlist(index.upcomingMaintenance, SHORTLIST_LIMITS.upcoming);
  const notices = shortlist(index.activeNotices, SHORTLIST_LIMITS.notices);
  const resolved = shortlist(recentlyResolved(index), SHORTLIST_LIMITS.resolved);
  return {
    overall: boardHeadline(index.board, index),
    incidents: index.openIncidents.map((entry) => ({ entry, banner: entryBanner(entry, now), status: incidentStatus(entry.data, now), where: where(entry) })),
    activeMaintenance: index.activeMaintenance.map(work),
    upcomingMaintenance: upcoming.items.map(work),
    notices: notices.items.map((entry) => ({ entry, banner: entryBanner(entry, now) })),
    resolved: resolved.items,
    more: { upcoming: upcoming.more, notices: notices.more, resolved: resolved.more },
    grid: statusGrid(index),
    updated: now,
  };
});
