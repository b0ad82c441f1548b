const DAY = 86_400_000;

/** Monday–Friday in UTC, minus the listed holidays (yyyy-mm-dd). */
export function isBusinessDay(dayStartMs: number, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(dayStartMs).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(new Date(dayStartMs).toISOString().slice(0, 10));
}

/**
 * The instant a deadline of `days` business days after `fromIso` falls due:
 * the end (24:00 UTC) of the Nth business day after the UTC date of `fromIso`.
 */
export function businessDaysDeadline(fromIso: string, days: number, holidays: readonly string[] = []): string {
  const off = new Set(holidays);
  // The UTC date of the instant, not the date written before an offset:
  // 2026-11-19T01:00+03:00 resolved on Wednesday 18 November in UTC.
  let day = Math.floor(Date.parse(fromIso) / DAY) * DAY;
  for (let counted = 0; counted < days; ) {
    day += DAY;
    if (isBusinessDay(day, off)) counted++;
  }
  return new Date(day + DAY).toISOString();
}
