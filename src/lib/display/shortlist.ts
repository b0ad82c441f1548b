/**
 * The lists a status page shows in full elsewhere (the history, the
 * calendars) are cut on the home and region pages to the first few, with a
 * link to the rest: a busy site has dozens of recently resolved incidents,
 * active notices and windows in the next 14 days at once, and the page
 * carries every list once per instant of its schedule (Timed.astro), so an
 * uncut list grew those pages with the square of how busy the site is (a
 * 50k-entry corpus's home page: 377 KB, 22 KB gzipped).
 */

/** How many of each list the home and region pages show; the rest are a link away. */
export const SHORTLIST_LIMITS = {
  /** Incidents resolved in the last 72 hours, newest first. */
  resolved: 5,
  /** Maintenance windows in the next 14 days, soonest first. */
  upcoming: 10,
  /** Active notices, newest first. */
  notices: 5,
} as const;

/** The first `limit` items, and whether the list had more. */
export function shortlist<T>(items: readonly T[], limit: number): { items: T[]; more: boolean } {
  return { items: items.slice(0, limit), more: items.length > limit };
}
