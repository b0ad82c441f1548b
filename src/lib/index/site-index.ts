/**
 * Everything the pages and feeds need, computed once per build from the
 * content and `now`. Pages look things up here; none scans all entries.
 */
import type { Component, Region, SiteConfig } from '../content/schema.ts';
import type { Content, Entry, Incident, Maintenance, Notice, Release } from '../content/types.ts';
import type { Board } from '../status/board.ts';
import { affectedRegions, buildBoard } from '../status/board.ts';
import { incidentPhase } from '../status/incident.ts';
import { isMaintenanceActive, maintenanceStatus } from '../status/maintenance.ts';
import { noticeState } from '../status/notice.ts';
import { releaseArrivals } from '../status/release.ts';
import type { MonthGroup, TimelineItem } from '../status/timeline.ts';
import { compareNewestFirst, groupByMonth } from '../status/timeline.ts';
import { entryTime, lastChangedTime } from './entry-time.ts';
import { buildUptimeModel } from '../uptime/day-model.ts';
import type { UptimeModel } from '../uptime/day-model.ts';

export const UPCOMING_DAYS = 14;
/** How long a resolved incident stays on the home and region pages as confirmation. */
export const RECENTLY_RESOLVED_HOURS = 72;

export interface Dated<E extends Entry = Entry> {
  at: string;
  kind: E['collection'];
  entry: E;
}

export interface SiteIndex {
  now: string;
  site: SiteConfig;
  regions: Region[];
  components: Component[];
  groups: { name: string; components: Component[] }[];
  regionByCode: Map<string, Region>;
  componentById: Map<string, Component>;
  /** Each kind, newest first by when it happened. */
  incidents: Incident[];
  maintenance: Maintenance[];
  releases: Release[];
  notices: Notice[];
  /** `incidents/2026/eur-sign-in` → entry. */
  byKey: Map<string, Entry>;
  openIncidents: Incident[];
  /** Resolved within RECENTLY_RESOLVED_HOURS before `now`, latest resolution first. */
  recentlyResolved: Incident[];
  activeMaintenance: Maintenance[];
  /** Scheduled to start within UPCOMING_DAYS, soonest first. */
  upcomingMaintenance: Maintenance[];
  /** Published and not expired. */
  activeNotices: Notice[];
  board: Board;
  /** Per region code, newest first, global entries included. */
  timelines: Map<string, TimelineItem[]>;
  /** Per component id: its incidents, maintenance and releases, newest first. */
  componentEntries: Map<string, Dated[]>;
  /** Every entry by month of when it happened, newest first. */
  history: MonthGroup<Dated>[];
  /** The newest `lastChangedTime` of any entry (content only; the epoch when there are none). */
  lastChanged: string;
  /** Per region × component per UTC day: downtime, excluded maintenance, worst impact (src/lib/uptime). */
  uptime: UptimeModel;
}

/** Entries newest first (by their time, then id): the order of the index's lists, and so of the entry pages' routes. */
export const byTimeDesc = <E extends Entry>(entries: readonly E[]) =>
  [...entries].sort((a, b) => entryTime(b).localeCompare(entryTime(a)) || a.id.localeCompare(b.id));

export function entryKey(entry: Pick<Entry, 'collection' | 'id'>): string {
  return `${entry.collection}/${entry.id}`;
}

export function buildIndex(content: Content, now: string): SiteIndex {
  const incidents = byTimeDesc(content.incidents);
  const maintenance = byTimeDesc(content.maintenance);
  const releases = byTimeDesc(content.releases);
  const notices = byTimeDesc(content.notices);
  const all: Entry[] = [...incidents, ...maintenance, ...releases, ...notices];
  const codes = content.regions.map((r) => r.code);

  const timelines = new Map<string, TimelineItem[]>(codes.map((c) => [c, []]));
  const push = (regions: readonly string[], item: TimelineItem) => {
    for (const code of affectedRegions(regions, codes)) timelines.get(code)!.push(item);
  };
  for (const entry of incidents) push(entry.data.regions, { kind: 'incident', at: entry.data.started, entry });
  for (const entry of maintenance) push(entry.data.regions, { kind: 'maintenance', at: entry.data.window.start, entry });
  for (const entry of notices) push(entry.data.regions, { kind: 'notice', at: entry.data.published, entry });
  for (const entry of releases) {
    for (const arrival of releaseArrivals(entry.data, codes)) {
      timelines.get(arrival.region)?.push({ kind: 'release', at: arrival.at, entry, arrival });
      timelines.get(arrival.region)?.push({ kind: 'database-update', at: arrival.databaseAt, entry, arrival });
    }
  }
  for (const items of timelines.values()) items.sort(compareNewestFirst);

  const componentEntries = new Map<string, Dated[]>(content.components.map((c) => [c.id, []]));
  const allComponentIds = content.components.map((c) => c.id);
  for (const entry of [...incidents, ...maintenance, ...releases]) {
    const ids = entry.data.components ?? allComponentIds;
    for (const id of ids) componentEntries.get(id)?.push(dated(entry));
  }
  for (const list of componentEntries.values()) list.sort(compareNewestFirst);

  const groups: SiteIndex['groups'] = [];
  for (const component of content.components) {
    const group = groups.find((g) => g.name === component.group);
    if (group) group.components.push(component);
    else groups.push({ name: component.group, components: [component] });
  }

  return indexAt({
    now,
    site: content.site,
    regions: content.regions,
    components: content.components,
    groups,
    regionByCode: new Map(content.regions.map((r) => [r.code, r])),
    componentById: new Map(content.components.map((c) => [c.id, c])),
    incidents,
    maintenance,
    releases,
    notices,
    byKey: new Map(all.map((e) => [entryKey(e), e])),
    timelines,
    componentEntries,
    history: groupByMonth(all.map(dated).sort(compareNewestFirst)),
    uptime: buildUptimeModel(content, now),
  }, now);
}

type NowParts = 'openIncidents' | 'recentlyResolved' | 'activeMaintenance' | 'upcomingMaintenance' | 'activeNotices' | 'board' | 'lastChanged';

/**
 * The same index at another instant: only the parts that depend on `now` are
 * computed again (in time linear in the entries); sorted lists, timelines and
 * history are shared, since they come from the content alone. The uptime
 * model stays the build's: its days are complete as of the build.
 */
export function indexAt(index: Omit<SiteIndex, NowParts>, now: string): SiteIndex {
  const t = Date.parse(now);
  // Only the phase is needed here (the latest update and the duration are not).
  const openIncidents = index.incidents.filter((i) => incidentPhase(i.data, now) === 'open');
  const recentlyResolved = index.incidents
    .filter((i) => incidentPhase(i.data, now) === 'resolved' && t - Date.parse(i.data.resolved!) <= RECENTLY_RESOLVED_HOURS * 3_600_000)
    .sort((a, b) => Date.parse(b.data.resolved!) - Date.parse(a.data.resolved!) || a.id.localeCompare(b.id));
  const activeMaintenance = index.maintenance.filter((m) => isMaintenanceActive(maintenanceStatus(m.data, now).state));
  const horizon = t + UPCOMING_DAYS * 86_400_000;
  const upcomingMaintenance = index.maintenance
    .filter((m) => maintenanceStatus(m.data, now).state === 'scheduled' && Date.parse(m.data.window.start) <= horizon)
    .reverse();
  const activeNotices = index.notices.filter((n) => noticeState(n.data, now) === 'active');
  const all: Entry[] = [...index.incidents, ...index.maintenance, ...index.releases, ...index.notices];
  return {
    ...index,
    now,
    openIncidents,
    recentlyResolved,
    activeMaintenance,
    upcomingMaintenance,
    activeNotices,
    board: buildBoard(index.regions, index.components, { incidents: openIncidents, maintenance: activeMaintenance }),
    lastChanged: all.reduce((latest, e) => {
      const changed = lastChangedTime(e, now);
      return changed > latest ? changed : latest;
    }, '1970-01-01T00:00:00.000Z'),
  };
}

const movingViews = new WeakMap<SiteIndex, { view: SiteIndex; settledActiveNotices: Set<Entry>; settledLastChanged: string }>();

/**
 * indexAt for an instant after the index's own, looking again only at the
 * entries that can still change. `settled` says which entries show the same
 * thing at every later instant (src/lib/schedule/settled.ts): such an entry is
 * never open, recently resolved, active or upcoming maintenance, so those
 * lists and the board come from the other entries alone; a settled notice can
 * stay active and its last change is fixed, so those two parts keep the
 * index's own answer for it. Gives what indexAt gives over every entry, in
 * time linear in the entries still moving rather than in the whole history.
 */
export function indexAtLater(index: SiteIndex, now: string, settled: (entry: Entry) => boolean): SiteIndex {
  let moving = movingViews.get(index);
  if (!moving) {
    const still = <E extends Entry>(list: readonly E[]) => list.filter((e) => !settled(e));
    const fixed = [...index.incidents, ...index.maintenance, ...index.releases, ...index.notices].filter(settled);
    moving = {
      view: { ...index, incidents: still(index.incidents), maintenance: still(index.maintenance), releases: still(index.releases), notices: still(index.notices) },
      settledActiveNotices: new Set(index.activeNotices.filter(settled)),
      settledLastChanged: fixed.reduce((latest, e) => {
        const changed = lastChangedTime(e, index.now);
        return changed > latest ? changed : latest;
      }, '1970-01-01T00:00:00.000Z'),
    };
    movingViews.set(index, moving);
  }
  const at = indexAt(moving.view, now);
  const activeMoving = new Set<Entry>(at.activeNotices);
  const { settledActiveNotices, settledLastChanged } = moving;
  return {
    ...index,
    now,
    openIncidents: at.openIncidents,
    recentlyResolved: at.recentlyResolved,
    activeMaintenance: at.activeMaintenance,
    upcomingMaintenance: at.upcomingMaintenance,
    activeNotices: index.notices.filter((n) => settledActiveNotices.has(n) || activeMoving.has(n)),
    board: at.board,
    lastChanged: at.lastChanged > settledLastChanged ? at.lastChanged : settledLastChanged,
  };
}

function dated(entry: Entry): Dated {
  return { at: entryTime(entry), kind: entry.collection, entry };
}
