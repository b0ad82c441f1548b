const DAY = 86_400_000;

/** Monday–Friday in UTC, minus the listed holidays (yyyy-mm-dd). */
export function isBusinessDay(dayStartMs: number, holidays: ReadonlySet<string>): boolean {
  const day = new Date(dayStartMs);
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day.toISOString().slice(0, 10));
}

/**
 * The instant a deadline of `days` business days after `fromIso` falls due:
 * the end (24:00 UTC) of the Nth business day after the UTC date of `fromIso`.
 */
export function businessDaysDeadline(fromIso: string, days: number, holidays: readonly string[] = NO_HOLIDAYS): string {
  // Asked for every resolved incident by many pages and every instant of the schedule: remembered per holiday list.
  let known = deadlines.get(holidays);
  if (!known) deadlines.set(holidays, (known = { off: new Set(holidays), due: new Map() }));
  // The deadline depends on the UTC date only: one per day resolved on, not per instant.
  const key = `${Math.floor(Date.parse(fromIso) / DAY)}\0${days}`;
  let due = known.due.get(key);
  if (due === undefined) {
    due = deadline(fromIso, days, known.off);
    known.due.set(key, due);
  }
  return due;
}

const NO_HOLIDAYS: readonly string[] = [];
/** Per holiday list: the list as a set, and the deadlines worked out with it. */
const deadlines = new WeakMap<readonly string[], { off: ReadonlySet<string>; due: Map<string, string> }>();

function deadline(fromIso: string, days: number, off: ReadonlySet<string>): string {
  // The UTC date of the instant, not the date written before an offset:
  // 2026-11-19T01:00+03:00 resolved on Wednesday 18 November in UTC.
  let day = Math.floor(Date.parse(fromIso) / DAY) * DAY;
  for (let counted = 0; counted < days; ) {
    day += DAY;
    if (isBusinessDay(day, off)) counted++;
  }
  return new Date(day + DAY).toISOString();
}

/**
 * How many business days `atIso` falls after a deadline made by
 * businessDaysDeadline: 0 when at or before it, else n where `atIso` is on (or
 * before the end of) the nth business day after the deadline's last day — a
 * PIR published on the 6th business day of a 5-day deadline is 1 day late, and
 * one published on the Saturday after is late by 1 too.
 */
export function businessDaysLate(deadlineIso: string, atIso: string, holidays: readonly string[] = []): number {
  const at = Date.parse(atIso);
  if (at <= Date.parse(deadlineIso)) return 0;
  // The deadline is 24:00 of its last day; count on from that day.
  const lastDay = new Date(Date.parse(deadlineIso) - 1).toISOString();
  let n = 1;
  while (at > Date.parse(businessDaysDeadline(lastDay, n, holidays))) n++;
  return n;
}
