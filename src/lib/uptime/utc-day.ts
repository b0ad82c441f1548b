/** UTC days as `YYYY-MM-DD` and months as `YYYY-MM`; all arithmetic in whole seconds. */

export const DAY_SECONDS = 86_400;

// A site's days are a few thousand at most, and the uptime model and its bars
// ask for the same ones again and again (tens of thousands of calls a build):
// each is worked out once per process.
const dayNames = new Map<number, string>();
const dayStarts = new Map<string, number>();

/** The UTC day of a time in seconds since the epoch. */
export function dayOf(seconds: number): string {
  const n = Math.floor(seconds / DAY_SECONDS);
  let day = dayNames.get(n);
  if (day === undefined) {
    day = new Date(n * DAY_SECONDS * 1000).toISOString().slice(0, 10);
    dayNames.set(n, day);
  }
  return day;
}

/** Seconds since the epoch at 00:00 UTC of a day. */
export function dayStart(day: string): number {
  let start = dayStarts.get(day);
  if (start === undefined) {
    start = Date.parse(`${day}T00:00:00Z`) / 1000;
    dayStarts.set(day, start);
  }
  return start;
}

export function addDays(day: string, n: number): string {
  return dayOf(dayStart(day) + n * DAY_SECONDS);
}

/** Every day from `from` to `to`, both included, oldest first. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let s = dayStart(from), end = dayStart(to); s <= end; s += DAY_SECONDS) out.push(dayOf(s));
  return out;
}

/** The first and last day of a month `2026-10`. */
export function monthDays(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { first: `${month}-01`, last };
}

/** Seconds since the epoch of an ISO time, floored to the second. */
export function toSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
