/**
 * Keeping pages bounded: a timeline shows the months around "now" and links
 * to one page per month for the rest, so no page grows with total history.
 */
import type { MonthGroup } from '../status/timeline.ts';
import { monthKey } from '../status/timeline.ts';

export interface MonthPage<T> {
  month: string;
  items: T[];
  /** The month before, and after, that has items. */
  older: string | undefined;
  newer: string | undefined;
}

/** One page per month of a newest-first month list, linked to its neighbours. */
export function monthPages<T>(groups: readonly MonthGroup<T>[]): MonthPage<T>[] {
  return groups.map((group, i) => ({
    month: group.month,
    items: group.items,
    older: groups[i + 1]?.month,
    newer: groups[i - 1]?.month,
  }));
}

/** `/regions/nam/` + `2026-11` → `/regions/nam/2026/11/` */
export function monthPath(base: string, month: string): string {
  return `${base}${month.slice(0, 4)}/${month.slice(5, 7)}/`;
}

/** `2026-11` → `2026-10` */
export function previousMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

export interface RecentWindow<T> {
  items: T[];
  /** Month page holding the newest item left out as too old. */
  older: string | undefined;
  /** Month page holding the soonest item left out as too far ahead. */
  newer: string | undefined;
}

export interface WindowLimits {
  /** Most items on the page. */
  maxItems: number;
  /** Most items after "now". */
  maxUpcoming: number;
}

/** Index of the first item at or before `now` in a newest-first list (binary search: pages never scan history). */
export function firstPast<T extends { at: string }>(items: readonly T[], now: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.at > now) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * From a newest-first list: what is coming up (the soonest `maxUpcoming`),
 * then this month and the previous one, at most `maxItems` in all.
 */
export function recentWindow<T extends { at: string }>(
  items: readonly T[],
  now: string,
  limits: WindowLimits = { maxItems: 100, maxUpcoming: 20 },
): RecentWindow<T> {
  const from = previousMonth(monthKey(now));
  const split = firstPast(items, now);
  const upcomingStart = Math.max(0, split - limits.maxUpcoming);
  let end = split;
  while (end < items.length && end - upcomingStart < limits.maxItems && monthKey(items[end]!.at) >= from) end++;
  return {
    items: items.slice(upcomingStart, end),
    older: items[end] ? monthKey(items[end]!.at) : undefined,
    newer: upcomingStart > 0 ? monthKey(items[upcomingStart - 1]!.at) : undefined,
  };
}

/** The month a history landing page shows: "now"'s, else the newest month before it, else the newest. */
export function landingMonth(months: readonly string[], now: string): string | undefined {
  const current = monthKey(now);
  return months.find((m) => m <= current) ?? months[0];
}
