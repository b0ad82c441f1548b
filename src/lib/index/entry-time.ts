import type { Entry } from '../content/types.ts';

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
 * The latest time recorded in the entry itself: its last update, resolution,
 * completion or PIR. Derived from content only, so it is the same in every build.
 */
export function lastChangedTime(entry: Entry): string {
  const times: (string | undefined)[] = [announcedTime(entry)];
  switch (entry.collection) {
    case 'incidents':
      times.push(entry.data.updates.at(-1)?.at, entry.data.resolved, entry.data.pir_published);
      break;
    case 'maintenance':
      times.push(entry.data.updates.at(-1)?.at, entry.data.completed);
      break;
    case 'releases':
    case 'notices':
      break;
  }
  return times.filter((t): t is string => t !== undefined).sort().at(-1)!;
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
