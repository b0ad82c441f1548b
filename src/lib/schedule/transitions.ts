/**
 * The instants at which something a page shows may change by the clock alone:
 * known from the content, so the build can evaluate the page's state at each
 * one and the browser only has to pick. Listing an instant where nothing
 * visible changes costs a duplicate that the renderer drops; missing one would
 * freeze a state, so every content time that any state function reads is here.
 */
import type { Entry, SiteConfig } from '../content/types.ts';
import { noticeSchedule } from '../status/release.ts';
import { businessDaysDeadline } from '../time/business-days.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How long after the build the page's schedule reaches, unless site.yaml says otherwise. */
export const DEFAULT_HORIZON_DAYS = 14;
/** Past this age, a page whose states moved since the build says so. */
export const DEFAULT_STALE_AFTER_MINUTES = 60;

/** Lead times before an entry's own times at which lists pick it up (e.g. "in the next 14 days"). */
export interface LeadTimes {
  /** Maintenance enters the upcoming list this many days before its window. */
  upcomingDays: number;
  /** A resolved incident stays in "recently resolved" this many hours. */
  recentHours: number;
}

/** Every instant at which this entry's visible state may change, in no order, possibly repeated. */
export function entryInstants(entry: Entry, site: Pick<SiteConfig, 'pir_business_days' | 'holidays'>, lead: LeadTimes): string[] {
  return instantTimes(entry, site, lead).map((t) => new Date(t).toISOString());
}

/** entryInstants as epoch milliseconds: the one list, worked out without writing and parsing a time per offset. */
function instantTimes(entry: Entry, site: Pick<SiteConfig, 'pir_business_days' | 'holidays'>, lead: LeadTimes): number[] {
  switch (entry.collection) {
    case 'incidents': {
      const d = entry.data;
      const out = [Date.parse(d.started), ...d.updates.map((u) => Date.parse(u.at))];
      if (d.resolved !== undefined) {
        const resolved = Date.parse(d.resolved);
        // Still listed at exactly `recentHours` after; gone 1 ms later.
        out.push(resolved, resolved + lead.recentHours * HOUR + 1);
        out.push(Date.parse(businessDaysDeadline(d.resolved, site.pir_business_days, site.holidays)));
      }
      if (d.pir_published !== undefined) out.push(Date.parse(d.pir_published));
      return out;
    }
    case 'maintenance': {
      const d = entry.data;
      const start = Date.parse(d.window.start);
      const out = [start - lead.upcomingDays * DAY, start, Date.parse(d.window.end), ...d.updates.map((u) => Date.parse(u.at))];
      if (d.completed !== undefined) out.push(Date.parse(d.completed));
      return out;
    }
    case 'releases': {
      const d = entry.data;
      // A major release's notice dates (90, 30, 15, 7 and 0 days before its first stage) pass too.
      const notices = noticeSchedule(d, d.announced).map((n) => Date.parse(n.at));
      return [...d.rollout.flatMap((s) => { const at = Date.parse(s.at); return [at, at + d.database_lag_hours * HOUR]; }), ...notices];
    }
    case 'notices': {
      const d = entry.data;
      return d.expires === undefined ? [Date.parse(d.published)] : [Date.parse(d.published), Date.parse(d.expires)];
    }
  }
}

type Deadlines = Pick<SiteConfig, 'pir_business_days' | 'holidays'>;
type Remembered = { site: Deadlines; lead: LeadTimes; times: readonly number[] };

/**
 * One memo per process, under a process-wide symbol (as content/entry-source.ts
 * keeps its key): a build runs this module twice — in the build script's module
 * graph, which decides the entry pages, and in the bundle Astro renders from —
 * and both ask about the same entry objects. With a memo in each, the bundle
 * worked out every entry's instants again (~0.1 s of a 10k build, most of it
 * in /api/heliograph.json's schedule).
 */
const MEMO = Symbol.for('heliograph.entry-instant-times');
const memo: WeakMap<Entry, Remembered> = ((globalThis as { [MEMO]?: WeakMap<Entry, Remembered> })[MEMO] ??= new WeakMap());

/** The same lead times: each module graph has its own copy of the constant, so they are compared by value. */
const sameLead = (a: LeadTimes, b: LeadTimes) => a === b || (a.upcomingDays === b.upcomingDays && a.recentHours === b.recentHours);

/**
 * Whether two sites give an entry the same deadlines: the same settings the
 * instants are made from. The pages' site is a copy of the build script's when
 * SITE_URL overrides the URL (src/data/site-index.ts), with the same holidays;
 * a memo keyed on the object alone worked every entry out again for them.
 */
export const sameDeadlines = (a: Deadlines, b: Deadlines) => a === b || (a.pir_business_days === b.pir_business_days && a.holidays === b.holidays);

/**
 * entryInstants as epoch milliseconds, worked out once per entry: a build asks
 * for them of every entry for many pages and every instant of the schedule.
 * (Entries are never changed once loaded; other deadline settings or other
 * lead times are worked out afresh.)
 */
export function entryInstantTimes(entry: Entry, site: Pick<SiteConfig, 'pir_business_days' | 'holidays'>, lead: LeadTimes): readonly number[] {
  const hit = memo.get(entry);
  if (hit && sameDeadlines(hit.site, site) && sameLead(hit.lead, lead)) return hit.times;
  const times = instantTimes(entry, site, lead);
  memo.set(entry, { site, lead, times });
  return times;
}

/**
 * The instants after `now` and up to `until`, sorted and unique, at which the
 * state of any of `entries` may change; with `monthStarts`, also every UTC
 * midnight in between that starts a month (a part showing whole months, such
 * as a region's last two months, moves on then).
 */
export function upcomingInstants(
  entries: Iterable<Entry>,
  site: Pick<SiteConfig, 'pir_business_days' | 'holidays'>,
  lead: LeadTimes,
  now: string,
  until: string,
  options: { monthStarts?: boolean } = {},
): string[] {
  const from = Date.parse(now);
  const to = Date.parse(until);
  const found = new Set<number>();
  for (const entry of entries) {
    for (const t of entryInstantTimes(entry, site, lead)) if (t > from && t <= to) found.add(t);
  }
  if (options.monthStarts) {
    // From the month after now's (Date.UTC carries a month past December into the next year).
    const start = new Date(from);
    for (let month = start.getUTCMonth() + 1; ; month++) {
      const t = Date.UTC(start.getUTCFullYear(), month, 1);
      if (t > to) break;
      found.add(t);
    }
  }
  return [...found].sort((a, b) => a - b).map((t) => new Date(t).toISOString());
}

/** The end of the schedule a build writes into its pages (site.yaml `horizon_days`, default 14). */
export function horizonEnd(now: string, site: Pick<SiteConfig, 'horizon_days'>): string {
  return plus(now, (site.horizon_days ?? DEFAULT_HORIZON_DAYS) * DAY);
}

/** How old a page may get before it says its states moved since the build (site.yaml `stale_after_minutes`). */
export function staleAfterMinutes(site: Pick<SiteConfig, 'stale_after_minutes'>): number {
  return site.stale_after_minutes ?? DEFAULT_STALE_AFTER_MINUTES;
}

function plus(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}
