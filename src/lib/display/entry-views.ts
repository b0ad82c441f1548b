/** The facts each entry page shows, derived once from the entry, the index and "now". */
import { GLOBAL } from '../content/schema.ts';
import type { Incident, Maintenance, Release } from '../content/types.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { componentPath, regionPath } from '../index/entry-time.ts';
import { namedRegions } from '../status/board.ts';
import type { IncidentStatus, PirState } from '../status/incident.ts';
import { formatDuration, incidentStatus, pirState } from '../status/incident.ts';
import type { MaintenanceStatus } from '../status/maintenance.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import type { ScheduledNotice } from '../status/release.ts';
import { databaseUpdateAt, noticeSchedule, releaseProgress } from '../status/release.ts';
import { incidentStateLabel, maintenanceStateLabel, releaseProgressLabel } from '../status/wording.ts';
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
  /** While open: the duration counts from here (the page keeps the count moving). */
  runningSince: string | undefined;
  /** The duration alone, without "so far". */
  durationText: string;
  pir: PirState;
}

export function incidentView(entry: Incident, index: Pick<SiteIndex, 'site' | 'now'>): IncidentView {
  const status = incidentStatus(entry.data, index.now);
  return {
    status,
    state: incidentStateLabel(status),
    duration: `${formatDuration(status.durationMs)}${status.phase === 'open' ? ' so far' : ''}`,
    runningSince: status.phase === 'open' ? entry.data.started : undefined,
    durationText: formatDuration(status.durationMs),
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
  const state = maintenanceStateLabel(status, entry.data.window);
  const kind = entry.data.security ? `Security update (${entry.data.type})` : entry.data.type === 'planned' ? 'Planned' : 'Unplanned';
  const codes = namedRegions(entry.data.regions, index.regions.map((r) => r.code));
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
  /** "Rolling out: stage 2 of 4 reached". */
  state: string;
  stages: StageRow[];
  notices: ScheduledNotice[];
}

export function releaseView(entry: Release, index: Lookup & Pick<SiteIndex, 'now'>): ReleaseView {
  return {
    state: releaseProgressLabel(releaseProgress(entry.data, index.now), entry.data.rollout[0]!.at),
    stages: entry.data.rollout.map((stage, i) => ({
      stage: i + 1,
      regions: regionLinks(stage.regions, index),
      at: stage.at,
      databaseAt: databaseUpdateAt(entry.data, stage.at),
    })),
    notices: noticeSchedule(entry.data, index.now),
  };
}

/** A component page's entries: the soonest upcoming and the newest past, both bounded. */
export function recentEntries<T extends { at: string }>(items: readonly T[], now: string, past = 20, upcoming = 5): { upcoming: T[]; past: T[] } {
  const split = firstPast(items, now);
  return { upcoming: items.slice(Math.max(0, split - upcoming), split), past: items.slice(split, split + past) };
}
