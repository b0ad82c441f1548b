/**
 * /api/heliograph.json: the site's own model, richer than Statuspage's —
 * regions with their daily windows and status, components, what is open,
 * active and upcoming, PIR states, and a bounded recent timeline per region.
 */
import type { Entry, Incident, Maintenance } from '../content/types.ts';
import { announcedTime, entryPath, lastChangedTime, regionPath, componentPath } from '../index/entry-time.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { entryKey } from '../index/site-index.ts';
import { absoluteUrl } from '../web/absolute-url.ts';
import { calendarPath, feedLinks } from '../feeds/scopes.ts';
import type { FeedScope } from '../feeds/scopes.ts';
import { OVERALL_LABEL, STATUS_LABEL } from '../status/impact.ts';
import type { ComponentStatus } from '../status/impact.ts';
import { incidentStatus, pirState } from '../status/incident.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import type { TimelineItem } from '../status/timeline.ts';
import { incidentStateLabel, maintenanceStateLabel } from '../status/wording.ts';
import { parseDailyWindow } from '../time/daily-window.ts';
import { siteSchedule } from '../schedule/site-schedule.ts';
import { API_LIST_LIMIT, firstN, upcomingMaintenance } from './statuspage.ts';

export const NATIVE_SCHEMA_VERSION = 1;
/** Per region: this many timeline items at or before `now`, and this many after it. */
export const REGION_RECENT_LIMIT = 20;
export const REGION_UPCOMING_LIMIT = 10;

const status = (s: ComponentStatus) => ({ status: s, label: STATUS_LABEL[s] });

function entryRef(entry: Entry, index: SiteIndex) {
  return {
    id: entryKey(entry),
    collection: entry.collection,
    title: entry.data.title,
    url: absoluteUrl(index.site, entryPath(entry)),
    published: announcedTime(entry),
    updated: lastChangedTime(entry, index.now),
  };
}

export function nativePir(i: Incident, index: SiteIndex) {
  const pir = pirState(i.data, index.site, index.now);
  return {
    state: pir.kind,
    due_at: 'dueAt' in pir ? (pir.dueAt ?? null) : null,
    published_at: pir.kind === 'published' ? pir.publishedAt : null,
    late: pir.kind === 'published' ? pir.late : pir.kind === 'overdue',
  };
}

function nativeIncident(i: Incident, index: SiteIndex) {
  const s = incidentStatus(i.data, index.now);
  return {
    ...entryRef(i, index),
    severity: i.data.severity,
    impact: i.data.impact,
    regions: i.data.regions,
    components: i.data.components,
    started: i.data.started,
    resolved: i.data.resolved ?? null,
    phase: s.phase,
    state_label: incidentStateLabel(s),
    latest_update: s.latest ?? null,
    workaround: i.data.workaround ?? null,
    tracking_id: i.data.tracking_id ?? null,
    pir: nativePir(i, index),
  };
}

function nativeMaintenance(m: Maintenance, index: SiteIndex) {
  const s = maintenanceStatus(m.data, index.now);
  return {
    ...entryRef(m, index),
    type: m.data.type,
    security: m.data.security,
    impact: m.data.impact,
    regions: m.data.regions,
    components: m.data.components ?? null,
    window: m.data.window,
    state: s.state,
    state_label: maintenanceStateLabel(s, m.data.window),
    overrun_minutes: s.overrunMinutes,
    completed: m.data.completed ?? null,
    cancelled: m.data.cancelled,
    expected_impact: m.data.expected_impact ?? null,
  };
}

function timelineItem(item: TimelineItem, index: SiteIndex) {
  return {
    kind: item.kind,
    at: item.at,
    ...entryRef(item.entry, index),
    ...(item.kind === 'release' || item.kind === 'database-update' ? { stage: item.arrival.stage + 1 } : {}),
  };
}

/** Splits a newest-first timeline at `now`: the latest past items and the soonest future ones. */
export function boundedTimeline(items: readonly TimelineItem[], now: string) {
  const t = Date.parse(now);
  const split = items.findIndex((item) => Date.parse(item.at) <= t);
  const future = split === -1 ? items : items.slice(0, split);
  const past = split === -1 ? [] : items.slice(split);
  return { recent: past.slice(0, REGION_RECENT_LIMIT), upcoming: future.slice(-REGION_UPCOMING_LIMIT).reverse() };
}

export function heliographJson(index: SiteIndex) {
  const pirIncidents = firstN(index.incidents, API_LIST_LIMIT, (i) => i.data.severity === 'major' || i.data.pir_published !== undefined);
  const schedule = siteSchedule(index);
  return {
    schema_version: NATIVE_SCHEMA_VERSION,
    now: index.now,
    /** When these states were computed (the build's now); they hold until `valid_until`. */
    generated_at: schedule.generatedAt,
    valid_until: schedule.validUntil,
    horizon_end: schedule.horizonEnd,
    transitions: schedule.transitions,
    updated: index.lastChanged,
    site: {
      title: index.site.title,
      url: index.site.url,
      description: index.site.description ?? null,
      sla: index.site.sla,
      pir_business_days: index.site.pir_business_days,
      maintenance_notice_days: index.site.maintenance_notice_days,
    },
    status: { status: index.board.overall, label: OVERALL_LABEL[index.board.overall] },
    regions: index.regions.map((r) => {
      const window = parseDailyWindow(r.window);
      const { recent, upcoming } = boundedTimeline(index.timelines.get(r.code) ?? [], index.now);
      const row = index.board.cells.get(r.code);
      return {
        code: r.code,
        name: r.name,
        host: r.host,
        url: absoluteUrl(index.site, regionPath(r.code)),
        window: { daily: r.window, crosses_midnight: window.crossesMidnight, length_minutes: window.length },
        ...status(index.board.byRegion.get(r.code) ?? 'operational'),
        components: index.components.map((c) => ({ id: c.id, status: row?.get(c.id)?.status ?? 'operational' })),
        feeds: feedUrls(index, { kind: 'region', code: r.code }),
        timeline: { recent: recent.map((i) => timelineItem(i, index)), upcoming: upcoming.map((i) => timelineItem(i, index)) },
      };
    }),
    components: index.components.map((c) => ({
      id: c.id,
      name: c.name,
      group: c.group,
      description: c.description ?? null,
      url: absoluteUrl(index.site, componentPath(c.id)),
      ...status(index.board.byComponent.get(c.id) ?? 'operational'),
    })),
    open_incidents: index.openIncidents.map((i) => nativeIncident(i, index)),
    active_maintenance: index.activeMaintenance.map((m) => nativeMaintenance(m, index)),
    upcoming_maintenance: upcomingMaintenance(index).map((m) => nativeMaintenance(m, index)),
    active_notices: index.activeNotices.map((n) => ({ ...entryRef(n, index), type: n.data.type, regions: n.data.regions, expires: n.data.expires ?? null })),
    pir: pirIncidents.map((i) => ({ ...entryRef(i, index), severity: i.data.severity, resolved: i.data.resolved ?? null, ...nativePir(i, index) })),
    feeds: feedUrls(index, { kind: 'all' }),
  };
}

function feedUrls(index: SiteIndex, scope: Extract<FeedScope, { kind: 'all' } | { kind: 'region' }>) {
  const links = feedLinks(scope);
  const calendar = calendarPath(scope);
  return {
    rss: absoluteUrl(index.site, links.rss),
    atom: absoluteUrl(index.site, links.atom),
    calendar: absoluteUrl(index.site, calendar),
  };
}
