/**
 * The build's schedule for the whole site: when the next state change is due
 * and what changes then, within the horizon. Machines read it from
 * /api/heliograph.json; pages use the same instants (src/components/Timed.astro).
 */
import type { Entry } from '../content/types.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { entryKey, indexAtLater, RECENTLY_RESOLVED_HOURS, UPCOMING_DAYS } from '../index/site-index.ts';
import type { ComponentStatus } from '../status/impact.ts';
import type { LeadTimes } from './transitions.ts';
import { entryInstantTimes, horizonEnd, sameDeadlines, upcomingInstants } from './transitions.ts';
import { isSettled } from './settled.ts';

/** Lead times of the site's lists; keep in step with the lists themselves. */
export const LEAD_TIMES: LeadTimes = { upcomingDays: UPCOMING_DAYS, recentHours: RECENTLY_RESOLVED_HOURS };

export interface SiteSchedule {
  /** The build's "now". */
  generatedAt: string;
  /** The first instant after the build at which a state changes, or the horizon's end. */
  validUntil: string;
  horizonEnd: string;
  transitions: { at: string; overall: ComponentStatus; entries: string[] }[];
}

/** One per process, as entryInstantTimes's memo is (transitions.ts): every module graph of a build asks about the same entries. */
const SETTLED = Symbol.for('heliograph.entry-settled');
type Settled = { site: SiteIndex['site']; now: string; settled: boolean };
const settledMemo: WeakMap<Entry, Settled> = ((globalThis as { [SETTLED]?: WeakMap<Entry, Settled> })[SETTLED] ??= new WeakMap());

/**
 * Whether the entry's state can no longer change by the clock as of the
 * index's `now` (isSettled, with the lead times of the site's lists). Worked
 * out once per entry and instant, however many pages, files and schedules ask.
 */
export function entrySettled(entry: Entry, index: Pick<SiteIndex, 'site' | 'now'>): boolean {
  const known = settledMemo.get(entry);
  if (known !== undefined && known.now === index.now && sameDeadlines(known.site, index.site)) return known.settled;
  const settled = isSettled(entry, index.site, LEAD_TIMES, index.now);
  settledMemo.set(entry, { site: index.site, now: index.now, settled });
  return settled;
}

export function allEntries(index: Pick<SiteIndex, 'incidents' | 'maintenance' | 'releases' | 'notices'>): Entry[] {
  return [...index.incidents, ...index.maintenance, ...index.releases, ...index.notices];
}

const moving = new WeakMap<SiteIndex, Set<Entry>>();

/**
 * The entries with an instant after the index's `now` and up to the horizon's
 * end: the only ones that add anything to a schedule, the site's or a page's.
 * Found once per index, in one pass over the whole history; every schedule
 * then looks at these alone (at 50k entries the few hundred that still move).
 */
export function movingEntries(index: SiteIndex): Set<Entry> {
  let found = moving.get(index);
  if (!found) {
    const from = Date.parse(index.now);
    const to = Date.parse(horizonEnd(index.now, index.site));
    found = new Set(allEntries(index).filter((entry) => entryInstantTimes(entry, index.site, LEAD_TIMES).some((t) => t > from && t <= to)));
    moving.set(index, found);
  }
  return found;
}

export function siteSchedule(index: SiteIndex): SiteSchedule {
  const end = horizonEnd(index.now, index.site);
  // Every other entry has no instant in the schedule, so it is in no transition's list.
  const entries = movingEntries(index);
  const instants = upcomingInstants(entries, index.site, LEAD_TIMES, index.now, end);
  const wanted = new Set(instants);
  const settled = (entry: Entry) => entrySettled(entry, index);
  const byInstant = new Map<string, string[]>();
  const from = Date.parse(index.now);
  const to = Date.parse(end);
  for (const entry of entries) {
    const inRange = entryInstantTimes(entry, index.site, LEAD_TIMES).filter((t) => t > from && t <= to);
    for (const at of new Set(inRange.map((t) => new Date(t).toISOString()))) {
      if (!wanted.has(at)) continue;
      const list = byInstant.get(at) ?? [];
      list.push(entryKey(entry));
      byInstant.set(at, list);
    }
  }
  return {
    generatedAt: index.now,
    validUntil: instants[0] ?? end,
    horizonEnd: end,
    transitions: instants.map((at) => ({ at, overall: indexAtLater(index, at, settled).board.overall, entries: (byInstant.get(at) ?? []).sort() })),
  };
}
