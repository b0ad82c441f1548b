import type { Entry } from '../content/types.ts';
import { latestPosted } from '../status/updates.ts';

/** When the entry happened: incident start, window start, first stage, publication. */
export function entryTime(entry: Entry): string {
  switch (entry.collection) {
    case 'incidents':
      return entry.data.started;
    case 'maintenance':
      return entry.data.window.start;
    case 'releases':
      return entry.data.rollout[0]!.at;
    case 'notices':
      return entry.data.published;
  }
}

/** When customers were first told: a feed item's `published`. */
export function announcedTime(entry: Entry): string {
  switch (entry.collection) {
    case 'incidents':
      return entry.data.started;
    case 'maintenance':
    case 'releases':
      return entry.data.announced;
    case 'notices':
      return entry.data.published;
  }
}

/**
 * The latest time recorded in the entry itself and visible at `now`: its
 * announcement, its last posted update, resolution, completion or PIR. Times
 * after `now` are left out (the rule of postedUpdates): an output must not
 * reveal an update that is not posted yet. Derived from content only, so it is
 * the same in every build between two of the entry's own times.
 */
export function lastChangedTime(entry: Entry, now: string): string {
  const t = Date.parse(now);
  const reached = (time: string | undefined) => (time !== undefined && Date.parse(time) <= t ? time : undefined);
  const times: (string | undefined)[] = [announcedTime(entry)];
  switch (entry.collection) {
    case 'incidents':
      times.push(latestPosted(entry.data.updates, now)?.at, reached(entry.data.resolved), reached(entry.data.pir_published));
      break;
    case 'maintenance':
      times.push(latestPosted(entry.data.updates, now)?.at, reached(entry.data.completed));
      break;
    case 'releases':
    case 'notices':
      break;
  }
  return times.filter((time): time is string => time !== undefined).sort().at(-1)!;
}

/** Site path of an entry's page: `/incidents/2026/eur-sign-in/`. */
export function entryPath(entry: Pick<Entry, 'collection' | 'id'>): string {
  return `/${entry.collection}/${entry.id}/`;
}

export function regionPath(code: string): string {
  return `/regions/${code.toLowerCase()}/`;
}

export function componentPath(id: string): string {
  return `/components/${id}/`;
}
