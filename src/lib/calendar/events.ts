/**
 * The maintenance calendars: one event per maintenance window and one per
 * release stage in each region it reaches. UIDs and SEQUENCE come from the
 * content, so a calendar app updates an event in place instead of duplicating it.
 */
import { excerpt } from '../content/markdown.ts';
import type { Region } from '../content/schema.ts';
import type { Maintenance, Release } from '../content/types.ts';
import { absoluteUrl } from '../feeds/absolute-url.ts';
import { entryPath, lastChangedTime } from '../index/entry-time.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { releaseArrivals } from '../status/release.ts';
import type { Arrival } from '../status/release.ts';
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
  /** Content-derived: when the entry last changed. */
  stamp: string;
  sequence: number;
  status: 'CONFIRMED' | 'CANCELLED';
  summary: string;
  description: string;
  url: string;
}

const DAY = 86_400_000;

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
const HOUR = 3_600_000;

export function calendarHost(site: { url: string }): string {
  return new URL(site.url).host;
}

/** Raised by every update and once more when the work is completed or cancelled. */
export function maintenanceSequence(m: Maintenance): number {
  return m.data.updates.length + (m.data.completed !== undefined || m.data.cancelled ? 1 : 0);
}

export function maintenanceEvent(m: Maintenance, index: Pick<SiteIndex, 'site'>): CalendarEvent {
  const d = m.data;
  const url = absoluteUrl(index.site, entryPath(m));
  const where = d.regions.includes('global') ? 'all regions' : d.regions.join(', ');
  const text = [
    d.cancelled ? 'Cancelled.' : undefined,
    `${d.type === 'planned' ? 'Planned' : 'Unplanned'} ${d.security ? 'security update' : 'maintenance'} in ${where}.`,
    d.expected_impact ? `Expected impact: ${d.expected_impact}` : undefined,
    d.updates.at(-1) ? `Latest update: ${d.updates.at(-1)!.text}` : undefined,
    cachedExcerpt(m) || undefined,
    url,
  ];
  return {
    uid: `maintenance/${m.id}@${calendarHost(index.site)}`,
    start: d.window.start,
    end: d.window.end,
    stamp: lastChangedTime(m),
    sequence: maintenanceSequence(m),
    status: d.cancelled ? 'CANCELLED' : 'CONFIRMED',
    summary: `${d.cancelled ? 'Cancelled: ' : ''}${d.title} (${where})`,
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

export function releaseStageEvent(r: Release, arrival: Arrival, index: Pick<SiteIndex, 'site' | 'regionByCode'>): CalendarEvent {
  const d = r.data;
  const url = absoluteUrl(index.site, entryPath(r));
  const region = index.regionByCode.get(arrival.region);
  return {
    uid: `releases/${r.id}/stage-${arrival.stage + 1}/${arrival.region}@${calendarHost(index.site)}`,
    start: arrival.at,
    end: stageEnd(arrival.at, region),
    stamp: lastChangedTime(r),
    sequence: 0,
    status: 'CONFIRMED',
    summary: `${d.title}${d.title.includes(d.version) ? '' : ` (${d.version})`} reaches ${arrival.region}`,
    description: [
      `${d.type === 'major' ? 'Major' : 'Minor'} release ${d.version}, stage ${arrival.stage + 1} of ${d.rollout.length}, in ${region?.name ?? arrival.region} (${arrival.region}).`,
      `The database update follows at ${arrival.databaseAt.slice(0, 16).replace('T', ' ')} UTC.`,
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

/** The events of a calendar, bounded by CALENDAR_PAST_DAYS and CALENDAR_LIMIT, in start order. */
export function calendarEvents(index: SiteIndex, scope: CalendarScope, options: CalendarOptions = { releaseStages: true }): CalendarEvent[] {
  const cutoff = Date.parse(index.now) - CALENDAR_PAST_DAYS * DAY;
  // Cheap date checks first; events are only built for what is kept.
  const windows: Maintenance[] = [];
  const stages: { release: Release; arrival: Arrival }[] = [];
  // A stage ends within a day of its start (one daily window).
  const recentStage = (at: string) => options.releaseStages && Date.parse(at) + DAY >= cutoff;
  if (scope.kind === 'region') {
    const timeline = index.timelines.get(scope.code);
    if (!timeline) throw new Error(`no such region: ${scope.code}`);
    for (const item of timeline) {
      if (item.kind === 'maintenance') windows.push(item.entry);
      else if (item.kind === 'release' && recentStage(item.at)) stages.push({ release: item.entry, arrival: item.arrival });
    }
  } else {
    const codes = index.regions.map((r) => r.code);
    windows.push(...index.maintenance);
    for (const release of options.releaseStages ? index.releases : []) {
      if (!release.data.rollout.some((s) => recentStage(s.at))) continue;
      for (const arrival of releaseArrivals(release.data, codes)) if (recentStage(arrival.at)) stages.push({ release, arrival });
    }
  }
  const candidates = [
    ...windows.map((m) => ({ start: m.data.window.start, end: m.data.window.end, key: `maintenance/${m.id}`, build: () => maintenanceEvent(m, index) })),
    ...stages.map(({ release, arrival }) => ({
      start: arrival.at,
      end: stageEnd(arrival.at, index.regionByCode.get(arrival.region)),
      key: `releases/${release.id}/stage-${arrival.stage + 1}/${arrival.region}`,
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
