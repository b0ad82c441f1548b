import type { Entry, Incident, Maintenance, Notice, Release } from '../content/types.ts';
import type { Arrival } from './release.ts';

/** One line of a region's timeline. A release appears twice: its stage and its database update. */
export type TimelineItem =
  | { kind: 'incident'; at: string; entry: Incident }
  | { kind: 'maintenance'; at: string; entry: Maintenance }
  | { kind: 'notice'; at: string; entry: Notice }
  | { kind: 'release'; at: string; entry: Release; arrival: Arrival }
  | { kind: 'database-update'; at: string; entry: Release; arrival: Arrival };

/** Newest first; at the same instant, by kind then id, so the order is stable across builds. */
export function compareNewestFirst(a: { at: string; kind: string; entry: Entry }, b: { at: string; kind: string; entry: Entry }): number {
  return b.at.localeCompare(a.at) || a.kind.localeCompare(b.kind) || a.entry.id.localeCompare(b.entry.id);
}

/** `yyyy-mm` of an instant, in UTC. */
export function monthKey(iso: string): string {
  return iso.slice(0, 7);
}

export interface MonthGroup<T> {
  month: string;
  items: T[];
}

/** Splits a newest-first list into months, keeping the order. */
export function groupByMonth<T extends { at: string }>(items: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const month = monthKey(item.at);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

/** Splits a newest-first list into UTC days, keeping the order. */
export function groupByDay<T extends { at: string }>(items: readonly T[]): { day: string; items: T[] }[] {
  const groups: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = item.at.slice(0, 10);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}
