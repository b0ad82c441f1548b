/**
 * The one availability model: for every region × component and every UTC day,
 * the weighted downtime, the planned maintenance taken out of the measurement,
 * the worst impact shown and the entries behind it. A pure function of
 * (content, now), built once per build in time linear in incident-days; days
 * without anything recorded are not stored (they are clean, or no data before
 * the pair first appears).
 */
import type { Content, Incident, Maintenance } from '../content/types.ts';
import { entryPath, entryTime } from '../index/entry-time.ts';
import { namedRegions } from '../status/board.ts';
import type { ComponentStatus } from '../status/impact.ts';
import { statusRank } from '../status/impact.ts';
import { incidentStatus } from '../status/incident.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import { maintenanceAnnouncedLate } from '../policy/maintenance-notice.ts';
import { DAY_SECONDS, dayOf, toSeconds } from './utc-day.ts';
import { DOWNTIME_WEIGHT } from './weights.ts';

export interface EntryRef {
  /** `incidents/2026/eur-sign-in` */
  key: string;
  title: string;
  path: string;
  /** What it showed: its impact, or `under_maintenance` for excluded planned work. */
  status: ComponentStatus;
  /** Seconds since the epoch it started affecting the pair. */
  start: number;
}

export interface UptimeDay {
  day: string;
  /** The worst impact shown at any time that day. */
  worst: ComponentStatus;
  /** Weighted downtime in percent-seconds: seconds × DOWNTIME_WEIGHT, the worst weight at each instant. */
  downtime: number;
  /** Seconds of planned, announced-in-time maintenance taken out of the measurement. */
  excluded: number;
  /** The incidents and maintenance that day, worst first, then by start. */
  entries: EntryRef[];
}

export interface PairUptime {
  region: string;
  component: string;
  /** The first UTC day both the region and the component appear in the content; before it: no data. */
  firstDay: string | undefined;
  days: Map<string, UptimeDay>;
  /** The same records, oldest first, for range sums. */
  ordered: UptimeDay[];
}

export interface UptimeModel {
  now: string;
  nowSeconds: number;
  today: string;
  regions: string[];
  components: string[];
  regionNames: Map<string, string>;
  componentNames: Map<string, string>;
  /** By `pairKey(region, component)`. */
  pairs: Map<string, PairUptime>;
}

export const pairKey = (region: string, component: string) => `${region}/${component}`;

/** A stretch of time one entry affected one region × component. */
interface Span {
  start: number;
  end: number;
  status: ComponentStatus;
  weight: number;
  excluded: boolean;
  ref: EntryRef;
}

type Piece = Omit<Span, 'ref'> & { ref: Omit<EntryRef, 'start'> };

export function buildUptimeModel(content: Content, now: string): UptimeModel {
  const nowSeconds = toSeconds(now);
  const regions = content.regions.map((r) => r.code);
  const components = content.components.map((c) => c.id);

  const spans = new Map<string, Span[]>();
  const add = (regionCodes: readonly string[], componentIds: readonly string[], pieces: Piece[]) => {
    for (const piece of pieces) {
      const ref: EntryRef = { ...piece.ref, start: piece.start };
      for (const r of namedRegions(regionCodes, regions)) {
        for (const c of componentIds) {
          const key = pairKey(r, c);
          const list = spans.get(key);
          const span = { ...piece, ref };
          if (list) list.push(span);
          else spans.set(key, [span]);
        }
      }
    }
  };
  for (const i of content.incidents) add(i.data.regions, i.data.components, incidentPieces(i, now));
  for (const m of content.maintenance) {
    add(m.data.regions, m.data.components ?? components, maintenancePieces(m, now, content.site.maintenance_notice_days));
  }

  const pairs = new Map<string, PairUptime>();
  const first = firstAppearances(content, regions, components);
  for (const r of regions) {
    for (const c of components) {
      const rf = first.regions.get(r);
      const cf = first.components.get(c);
      const key = pairKey(r, c);
      const days = sweep(spans.get(key) ?? []);
      pairs.set(key, {
        region: r,
        component: c,
        firstDay: rf === undefined || cf === undefined ? undefined : dayOf(Math.max(rf, cf)),
        days,
        ordered: [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
      });
    }
  }
  return {
    now,
    nowSeconds,
    today: dayOf(nowSeconds),
    regions,
    components,
    regionNames: new Map(content.regions.map((r) => [r.code, r.name])),
    componentNames: new Map(content.components.map((c) => [c.id, c.name])),
    pairs,
  };
}

const refOf = (entry: Incident | Maintenance, status: ComponentStatus) => ({
  key: `${entry.collection}/${entry.id}`,
  title: entry.data.title,
  path: entryPath(entry),
  status,
});

/** From `started` to `resolved`, or up to now while open (incidentStatus decides). */
function incidentPieces(i: Incident, now: string): Piece[] {
  const status = incidentStatus(i.data, now);
  if (status.phase === 'upcoming') return [];
  const start = toSeconds(i.data.started);
  const end = Math.floor((Date.parse(i.data.started) + status.durationMs) / 1000);
  const impact = i.data.impact;
  return [{ start, end, status: impact, weight: DOWNTIME_WEIGHT[impact], excluded: false, ref: refOf(i, impact) }];
}

/**
 * Maintenance affects its pairs from the window's start until it completed
 * (or until now while running, maintenanceStatus decides). Inside the window,
 * planned work announced with the notice period and without a major outage
 * is excluded and shown as maintenance; otherwise, and past the window, it
 * counts at its impact.
 */
function maintenancePieces(m: Maintenance, now: string, noticeDays: number): Piece[] {
  const { state } = maintenanceStatus(m.data, now);
  if (state === 'cancelled' || state === 'scheduled') return [];
  const start = toSeconds(m.data.window.start);
  const windowEnd = toSeconds(m.data.window.end);
  const end = state === 'completed' ? toSeconds(m.data.completed!) : toSeconds(now);
  const impact = m.data.impact;
  const excludable = m.data.type === 'planned' && !maintenanceAnnouncedLate(m.data, { maintenance_notice_days: noticeDays }) && impact !== 'major_outage';
  const counted = { status: impact, weight: DOWNTIME_WEIGHT[impact], excluded: false, ref: refOf(m, impact) };
  const inWindow = excludable
    ? { status: 'under_maintenance' as const, weight: 0, excluded: true, ref: refOf(m, 'under_maintenance') }
    : counted;
  const pieces: Piece[] = [{ start, end: Math.min(end, windowEnd), ...inWindow }];
  if (end > windowEnd) pieces.push({ start: windowEnd, end, ...counted });
  return pieces;
}

/** When each region and component first appears in any entry (a global entry names every region). */
function firstAppearances(content: Content, regions: string[], components: string[]) {
  const out = { regions: new Map<string, number>(), components: new Map<string, number>() };
  const note = (map: Map<string, number>, id: string, t: number) => {
    const seen = map.get(id);
    if (seen === undefined || t < seen) map.set(id, t);
  };
  const noteRegions = (codes: readonly string[], t: number) => {
    for (const code of namedRegions(codes, regions)) note(out.regions, code, t);
  };
  const noteComponents = (ids: readonly string[], t: number) => ids.forEach((id) => note(out.components, id, t));
  for (const e of [...content.incidents, ...content.maintenance, ...content.releases, ...content.notices]) {
    const t = toSeconds(entryTime(e));
    switch (e.collection) {
      case 'incidents':
        noteRegions(e.data.regions, t);
        noteComponents(e.data.components, t);
        break;
      case 'maintenance':
        noteRegions(e.data.regions, t);
        noteComponents(e.data.components ?? components, t);
        break;
      case 'releases':
        for (const stage of e.data.rollout) noteRegions(stage.regions, toSeconds(stage.at));
        noteComponents(e.data.components, t);
        break;
      case 'notices':
        noteRegions(e.data.regions, t);
        break;
    }
  }
  return out;
}

/**
 * One pass over a pair's spans in time order. At each instant the highest
 * weight active counts (overlaps never count twice); excluded maintenance
 * only takes time out of the measurement when nothing counts.
 */
function sweep(spans: Span[]): Map<string, UptimeDay> {
  const days = new Map<string, UptimeDay>();
  const dayRecord = (day: string) => {
    let rec = days.get(day);
    if (!rec) days.set(day, (rec = { day, worst: 'operational', downtime: 0, excluded: 0, entries: [] }));
    return rec;
  };

  for (const span of spans) {
    const last = Math.max(span.start, span.end - 1);
    for (let s = Math.floor(span.start / DAY_SECONDS) * DAY_SECONDS; s <= last; s += DAY_SECONDS) {
      const rec = dayRecord(dayOf(s));
      if (statusRank(span.status) > statusRank(rec.worst)) rec.worst = span.status;
      if (!rec.entries.some((e) => e.key === span.ref.key)) rec.entries.push(span.ref);
    }
  }
  for (const rec of days.values()) rec.entries.sort((a, b) => statusRank(b.status) - statusRank(a.status) || a.start - b.start || a.key.localeCompare(b.key));

  const events: { t: number; span: Span; delta: 1 | -1 }[] = [];
  for (const span of spans) {
    if (span.end <= span.start) continue;
    events.push({ t: span.start, span, delta: 1 }, { t: span.end, span, delta: -1 });
  }
  events.sort((a, b) => a.t - b.t);
  const weights = new Map<number, number>();
  let excluded = 0;
  let previous = events[0]?.t ?? 0;
  for (const event of events) {
    if (event.t > previous) {
      let top = 0;
      for (const [w, n] of weights) if (n > 0 && w > top) top = w;
      if (top > 0 || excluded > 0) {
        for (let a = previous; a < event.t; ) {
          const b = Math.min(event.t, (Math.floor(a / DAY_SECONDS) + 1) * DAY_SECONDS);
          const rec = dayRecord(dayOf(a));
          if (top > 0) rec.downtime += (b - a) * top;
          else rec.excluded += b - a;
          a = b;
        }
      }
      previous = event.t;
    }
    if (event.span.excluded) excluded += event.delta;
    else weights.set(event.span.weight, (weights.get(event.span.weight) ?? 0) + event.delta);
  }
  return days;
}

