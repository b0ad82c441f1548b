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

export interface HomeView {
  /** The status in words: what and where, with the count of regions affected. */
  overall: Headline;
  incidents: { entry: Incident; banner: Banner; status: IncidentStatus; where: string }[];
  activeMaintenance: { entry: Maintenance; banner: Banner; status: MaintenanceStatus; where: string }[];
  upcomingMaintenance: { entry: Maintenance; banner: Banner; status: MaintenanceStatus; where: string }[];
  notices: { entry: Notice; banner: Banner }[];
  resolved: ResolvedItem[];
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
  return {
    overall: boardHeadline(index.board, index),
    incidents: index.openIncidents.map((entry) => ({ entry, banner: entryBanner(entry, now), status: incidentStatus(entry.data, now), where: where(entry) })),
    activeMaintenance: index.activeMaintenance.map(work),
    upcomingMaintenance: index.upcomingMaintenance.map(work),
    notices: index.activeNotices.map((entry) => ({ entry, banner: entryBanner(entry, now) })),
    resolved: recentlyResolved(index),
    grid: statusGrid(index),
    updated: now,
  };
});
