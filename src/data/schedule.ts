/**
 * The build's schedule: the instants within the horizon at which a part of a
 * page may change, for the whole site or for the entries a part shows.
 */
import type { Entry } from '../lib/content/types.ts';
import type { SiteIndex } from '../lib/index/site-index.ts';
import { entryKey } from '../lib/index/site-index.ts';
import { LEAD_TIMES, movingEntries } from '../lib/schedule/site-schedule.ts';
import { horizonEnd, upcomingInstants } from '../lib/schedule/transitions.ts';

const forList = new WeakMap<readonly Entry[], Map<string, string[]>>();
let everything: { now: string; instants: string[]; withMonthStarts: string[] } | undefined;

/** The end of the schedule this build writes. */
export function scheduleEnd(index: SiteIndex): string {
  return horizonEnd(index.now, index.site);
}

/** Instants after the build and within the horizon at which `entries` (default: all) may change state. */
export function instantsFor(index: SiteIndex, entries?: readonly Entry[], options: { monthStarts?: boolean } = {}): string[] {
  const until = scheduleEnd(index);
  const live = movingEntries(index);
  if (entries === undefined) {
    if (everything?.now !== index.now) {
      const instants = upcomingInstants(live, index.site, LEAD_TIMES, index.now, until);
      const withMonthStarts = upcomingInstants(live, index.site, LEAD_TIMES, index.now, until, { monthStarts: true });
      everything = { now: index.now, instants, withMonthStarts };
    }
    return options.monthStarts ? everything.withMonthStarts : everything.instants;
  }
  // A page passes the same list to each of its clock-dependent parts (Timed.astro).
  const key = `${index.now} ${options.monthStarts === true}`;
  let byNow = forList.get(entries);
  if (!byNow) forList.set(entries, (byNow = new Map()));
  let instants = byNow.get(key);
  if (!instants) {
    // An entry that is not the index's own object (a copy made for a view) is looked at as it is.
    const looked = entries.filter((entry) => live.has(entry) || index.byKey.get(entryKey(entry)) !== entry);
    byNow.set(key, (instants = upcomingInstants(looked, index.site, LEAD_TIMES, index.now, until, options)));
  }
  return instants;
}
