/** The facts each entry page shows, derived once from the entry, the index and "now". */
import { GLOBAL } from '../content/schema.ts';
import type { Incident, Maintenance, Release } from '../content/types.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { componentPath, regionPath } from '../index/entry-time.ts';
import type { IncidentStatus, PirState } from '../status/incident.ts';
import { formatDuration, incidentStatus, pirState } from '../status/incident.ts';
import type { MaintenanceStatus } from '../status/maintenance.ts';
import { MAINTENANCE_STATE_LABEL, maintenanceStatus } from '../status/maintenance.ts';
import type { ScheduledNotice } from '../status/release.ts';
import { noticeSchedule } from '../status/release.ts';
import { UPDATE_STATUS_LABEL } from './labels.ts';
import { firstPast } from './months.ts';

export interface Link {
  label: string;
  href: string | undefined;
}

type Lookup = Pick<SiteIndex, 'regionByCode' | 'componentById' | 'regions'>;

/**
 * "Europe (EUR)"; a name that already names its code keeps it once:
 * "US Government (GCC)", not "US Government (GCC) (GCC)".
 */
export function regionLabel(code: string, name: string | undefined): string {
  if (name === undefined) return code;
  const words = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();
  return ` ${words(name)} `.includes(` ${words(code)} `) ? name : `${name} (${code})`;
}

/** Region codes as links; `global` reads "All regions" and links nowhere. */
export function regionLinks(codes: readonly string[], index: Lookup): Link[] {
  return codes.map((code) =>
    code === GLOBAL
      ? { label: 'All regions', href: undefined }
      : { label: regionLabel(code, index.regionByCode.get(code)?.name), href: regionPath(code) },
  );
}

/** Component ids as links; absent means every component. */
export function componentLinks(ids: readonly string[] | undefined, index: Lookup): Link[] {
  if (ids === undefined) return [{ label: 'All components', href: undefined }];
  return ids.map((id) => ({ label: index.componentById.get(id)?.name ?? id, href: componentPath(id) }));
}

export interface IncidentView {
  status: IncidentStatus;
  /** "Identified" while open, "Resolved" after. */
  state: string;
  duration: string;
  pir: PirState;
}

export function incidentView(entry: Incident, index: Pick<SiteIndex, 'site' | 'now'>): IncidentView {
  const status = incidentStatus(entry.data, index.now);
  const state =
    status.phase === 'resolved' ? 'Resolved' : status.phase === 'upcoming' ? 'Not started' : status.latest ? UPDATE_STATUS_LABEL[status.latest.status]! : 'Open';
  return {
    status,
    state,
    duration: `${formatDuration(status.durationMs)}${status.phase === 'open' ? ' so far' : ''}`,
    pir: pirState(entry.data, index.site, index.now),
  };
}

export interface MaintenanceView {
  status: MaintenanceStatus;
  state: string;
  kind: string;
  /** Each listed region with its own daily window. */
  regions: (Link & { window: string | undefined })[];
}

export function maintenanceView(entry: Maintenance, index: Lookup & Pick<SiteIndex, 'now'>): MaintenanceView {
  const status = maintenanceStatus(entry.data, index.now);
  let state = MAINTENANCE_STATE_LABEL[status.state];
  if (status.state === 'overran') state += `: ${formatDuration(status.overrunMinutes * 60_000)} past the end of its window`;
  if (status.state === 'completed' && status.overrunMinutes > 0) state += `, ${formatDuration(status.overrunMinutes * 60_000)} over its window`;
  const kind = entry.data.security ? `Security update (${entry.data.type})` : entry.data.type === 'planned' ? 'Planned' : 'Unplanned';
  const codes = entry.data.regions.includes(GLOBAL) ? index.regions.map((r) => r.code) : entry.data.regions;
  return {
    status,
    state,
    kind,
    regions: codes.map((code) => ({ ...regionLinks([code], index)[0]!, window: index.regionByCode.get(code)?.window })),
  };
}

export interface StageRow {
  stage: number;
  regions: Link[];
  at: string;
  databaseAt: string;
}

export interface ReleaseView {
  stages: StageRow[];
  notices: ScheduledNotice[];
}

export function releaseView(entry: Release, index: Lookup & Pick<SiteIndex, 'now'>): ReleaseView {
  const lag = entry.data.database_lag_hours * 3_600_000;
  return {
    stages: entry.data.rollout.map((stage, i) => ({
      stage: i + 1,
      regions: regionLinks(stage.regions, index),
      at: stage.at,
      databaseAt: new Date(Date.parse(stage.at) + lag).toISOString(),
    })),
    notices: noticeSchedule(entry.data, index.now),
  };
}

/** A component page's entries: the soonest upcoming and the newest past, both bounded. */
export function recentEntries<T extends { at: string }>(items: readonly T[], now: string, past = 20, upcoming = 5): { upcoming: T[]; past: T[] } {
  const split = firstPast(items, now);
  return { upcoming: items.slice(Math.max(0, split - upcoming), split), past: items.slice(split, split + past) };
}
