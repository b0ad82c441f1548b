/**
 * The maintenance calendars: one event per maintenance window and one per
 * region a release reaches. UIDs, SEQUENCE and LAST-MODIFIED come from the
 * content, so a calendar app updates an event in place instead of
 * duplicating it, and replaces it whenever the content changes it.
 */
import { excerpt } from '../content/markdown.ts';
import type { Region } from '../content/schema.ts';
import type { Maintenance, Release } from '../content/types.ts';
import { absoluteUrl } from '../web/absolute-url.ts';
import { entryPath, lastChangedTime } from '../index/entry-time.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { oncePerIndex } from '../index/per-index.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import { releaseArrivals } from '../status/release.ts';
import type { Arrival } from '../status/release.ts';
import { latestPosted, postedUpdates } from '../status/updates.ts';
import { formatUtc, maintenanceStateLabel } from '../status/wording.ts';
import { occurrenceOn, parseDailyWindow } from '../time/daily-window.ts';

/** Events whose end is at most this many days before `now` are still listed. */
export const CALENDAR_PAST_DAYS = 90;
/** At most this many events per calendar (the latest-starting ones). */
export const CALENDAR_LIMIT = 200;

export type CalendarScope = { kind: 'all' } | { kind: 'region'; code: string };

export interface CalendarEvent {
  uid: string;
  start: string;
  end: string;
  /** DTSTAMP and LAST-MODIFIED: the latest time the entry records that is visible at `now`. */
  stamp: string;
  sequence: number;
  status: 'CONFIRMED' | 'CANCELLED';
  /** Maintenance makes subscribers busy; a release stage is only information. */
  transparency: 'OPAQUE' | 'TRANSPARENT';
  summary: string;
  description: string;
  url: string;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** An entry's first paragraph, parsed once per build however many calendars list it. */
const excerpts = new WeakMap<Maintenance | Release, string>();
function cachedExcerpt(entry: Maintenance | Release): string {
  let text = excerpts.get(entry);
  if (text === undefined) {
    text = excerpt(entry.body);
    excerpts.set(entry, text);
  }
  return text;
}

export function calendarHost(site: { url: string }): string {
  return new URL(site.url).host;
}

// ─── SEQUENCE ────────────────────────────────────────────────────────────────
//
// A calendar app keeps its copy of an event unless SEQUENCE rises (RFC 5545
// §3.8.7.4), and a static site has no memory of earlier builds, so SEQUENCE
// must be a function of the content that grows with every change. It is a
// pair, written as one 31-bit integer (iCalendar INTEGER is 32-bit signed):
//
//   SEQUENCE = revisions × 2^24 + minutes from 2024-01-01 to the start + minutes to the end
//
// *Revisions* counts what the entry records about the event and has posted by
// `now`: the announcement, each posted update, the completion once reached,
// the cancellation. Appending any of them raises SEQUENCE by 2^24, more than
// the schedule part can ever fall, so a window moved to an EARLIER time
// together with the update that tells customers so (as `npm run update` does)
// still raises it. A window or stage moved LATER raises the schedule part even
// with no update. Nothing depends on `now` except which updates are posted:
// every build between two of the event's own times gives the same number.
// What it cannot see: a time moved earlier with nothing recorded, or an edit
// of text already published — record such changes as an update.

/** 2024-01-01T00:00Z. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);
/** Each of start and end takes under 2^23 minutes (until 2039-12). */
const SCHEDULE_MINUTES = 2 ** 23 - 1;
const REVISION_STEP = 2 ** 24;
/** 127 × 2^24 + 2 × (2^23 − 1) < 2^31. */
export const MAX_REVISIONS = 127;

function scheduleMinutes(iso: string): number {
  return Math.min(SCHEDULE_MINUTES, Math.max(0, Math.floor((Date.parse(iso) - SEQUENCE_EPOCH) / MINUTE)));
}

export function calendarSequence(revisions: number, start: string, end: string): number {
  return Math.min(MAX_REVISIONS, revisions) * REVISION_STEP + scheduleMinutes(start) + scheduleMinutes(end);
}

/** The announcement, every update posted by `now`, the completion once reached, the cancellation. */
export function maintenanceRevisions(m: Maintenance, now: string): number {
  const { state } = maintenanceStatus(m.data, now);
  return 1 + postedUpdates(m.data.updates, now).length + (state === 'completed' ? 1 : 0) + (m.data.cancelled ? 1 : 0);
}

export function maintenanceSequence(m: Maintenance, now: string): number {
  return calendarSequence(maintenanceRevisions(m, now), m.data.window.start, m.data.window.end);
}

// ─── events ──────────────────────────────────────────────────────────────────

export function maintenanceEvent(m: Maintenance, index: Pick<SiteIndex, 'site' | 'now'>): CalendarEvent {
  const d = m.data;
  const url = absoluteUrl(index.site, entryPath(m));
  const where = d.regions.includes('global') ? 'all regions' : d.regions.join(', ');
  const status = maintenanceStatus(d, index.now);
  const latest = latestPosted(d.updates, index.now);
  // Only the states the content records (cancelled, completed) are worded: "in progress" or
  // "running past its window" follow the clock, and a calendar event must not change without SEQUENCE.
  const recordedState = status.state === 'cancelled' || status.state === 'completed' ? maintenanceStateLabel(status, d.window) : undefined;
  const text = [
    recordedState && `${recordedState}.`,
    `${d.type === 'planned' ? 'Planned' : 'Unplanned'} ${d.security ? 'security update' : 'maintenance'} in ${where}.`,
    d.expected_impact ? `Expected impact: ${d.expected_impact}` : undefined,
    latest ? `Latest update: ${latest.text}` : undefined,
    cachedExcerpt(m) || undefined,
    url,
  ];
  return {
    uid: `maintenance/${m.id}@${calendarHost(index.site)}`,
    start: d.window.start,
    end: d.window.end,
    stamp: lastChangedTime(m, index.now),
    sequence: maintenanceSequence(m, index.now),
    status: d.cancelled ? 'CANCELLED' : 'CONFIRMED',
    transparency: 'OPAQUE',
    summary: `${status.state === 'cancelled' ? `${maintenanceStateLabel(status, d.window)}: ` : ''}${d.title} (${where})`,
    description: text.filter(Boolean).join('\n\n'),
    url,
  };
}

/** A stage runs from its time to the end of the region's daily window it falls in (or one window length). */
export function stageEnd(at: string, region: Region | undefined): string {
  const start = Date.parse(at);
  if (!region) return new Date(start + HOUR).toISOString();
  const window = parseDailyWindow(region.window);
  const day = Math.floor(start / DAY) * DAY;
  for (const opening of [day - DAY, day]) {
    const o = occurrenceOn(window, opening);
    if (start >= o.start && start < o.end) return new Date(o.end).toISOString();
  }
  return new Date(start + window.length * 60_000).toISOString();
}

/**
 * Release id and region: a region receives a release once, so the UID does
 * not change when a stage is inserted, removed or reordered.
 */
export function stageUid(r: Pick<Release, 'id'>, region: string, site: { url: string }): string {
  return `releases/${r.id}/${region}@${calendarHost(site)}`;
}

/** Each region's first arrival: a region named in two stages gets its release once. */
export function regionArrivals(r: Release, allRegions: readonly string[]): Arrival[] {
  const seen = new Set<string>();
  return releaseArrivals(r.data, allRegions).filter((a) => !seen.has(a.region) && seen.add(a.region));
}

export function releaseStageEvent(r: Release, arrival: Arrival, index: Pick<SiteIndex, 'site' | 'regionByCode' | 'now'>): CalendarEvent {
  const d = r.data;
  const url = absoluteUrl(index.site, entryPath(r));
  const region = index.regionByCode.get(arrival.region);
  const end = stageEnd(arrival.at, region);
  return {
    uid: stageUid(r, arrival.region, index.site),
    start: arrival.at,
    end,
    stamp: lastChangedTime(r, index.now),
    // A release records only its announcement; its stage times carry the changes.
    sequence: calendarSequence(1, arrival.at, end),
    status: 'CONFIRMED',
    transparency: 'TRANSPARENT',
    summary: `${d.title}${d.title.includes(d.version) ? '' : ` (${d.version})`} reaches ${arrival.region}`,
    // No stage number: inserting a stage elsewhere must not change this event's text.
    description: [
      `${d.type === 'major' ? 'Major' : 'Minor'} release ${d.version} in ${region?.name ?? arrival.region} (${arrival.region}).`,
      `The database update follows at ${formatUtc(arrival.databaseAt)}.`,
      cachedExcerpt(r) || undefined,
      url,
    ]
      .filter(Boolean)
      .join('\n\n'),
    url,
  };
}

/** Whether a calendar lists release stages besides maintenance windows (the maintenance-only ones do not). */
export interface CalendarOptions {
  releaseStages: boolean;
}

/**
 * The releases with a stage recent enough for a calendar: the few of the history that every calendar of the site
 * (two per region, two of the site's own) looks at, found once per index.
 */
const recentReleases = oncePerIndex((index: SiteIndex): Release[] => {
  const cutoff = calendarCutoff(index.now);
  return index.releases.filter((release) => release.data.rollout.some((s) => stageIsRecent(s.at, cutoff)));
});

/** Events ending before this instant are no longer listed. */
function calendarCutoff(now: string): number {
  return Date.parse(now) - CALENDAR_PAST_DAYS * DAY;
}

/** A stage ends within a day of its start (one daily window). */
function stageIsRecent(at: string, cutoff: number): boolean {
  return Date.parse(at) + DAY >= cutoff;
}

/** The events of a calendar, bounded by CALENDAR_PAST_DAYS and CALENDAR_LIMIT, in start order. */
export function calendarEvents(index: SiteIndex, scope: CalendarScope, options: CalendarOptions = { releaseStages: true }): CalendarEvent[] {
  const cutoff = calendarCutoff(index.now);
  // Cheap date checks first; events are only built for what is kept.
  const windows: Maintenance[] = [];
  const stages: { release: Release; arrival: Arrival }[] = [];
  const codes = index.regions.map((r) => r.code);
  const releases = options.releaseStages ? recentReleases(index) : [];
  if (scope.kind === 'region') {
    const timeline = index.timelines.get(scope.code);
    if (!timeline) throw new Error(`no such region: ${scope.code}`);
    for (const item of timeline) if (item.kind === 'maintenance') windows.push(item.entry);
    for (const release of releases) {
      const arrival = regionArrivals(release, codes).find((a) => a.region === scope.code);
      if (arrival && stageIsRecent(arrival.at, cutoff)) stages.push({ release, arrival });
    }
  } else {
    windows.push(...index.maintenance);
    for (const release of releases) {
      for (const arrival of regionArrivals(release, codes)) if (stageIsRecent(arrival.at, cutoff)) stages.push({ release, arrival });
    }
  }
  const candidates = [
    ...windows.map((m) => ({ start: m.data.window.start, end: m.data.window.end, key: `maintenance/${m.id}`, build: () => maintenanceEvent(m, index) })),
    ...stages.map(({ release, arrival }) => ({
      start: arrival.at,
      end: stageEnd(arrival.at, index.regionByCode.get(arrival.region)),
      key: `releases/${release.id}/${arrival.region}`,
      build: () => releaseStageEvent(release, arrival, index),
    })),
  ];
  return candidates
    .filter((c) => Date.parse(c.end) >= cutoff)
    .sort((a, b) => b.start.localeCompare(a.start) || a.key.localeCompare(b.key))
    .slice(0, CALENDAR_LIMIT)
    .map((c) => c.build())
    .sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}
