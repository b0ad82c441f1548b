/**
 * Availability over a range of UTC days, from the day model. Measured time is
 * every second from the pair's first day up to now, minus excluded planned
 * maintenance; downtime is the weighted sum. All sums are whole numbers.
 */
import type { EntryRef, PairUptime, UptimeModel } from './day-model.ts';
import { DAY_SECONDS, dayStart } from './utc-day.ts';

export interface Availability {
  /** Seconds measured (with data, up to now, planned maintenance excluded). */
  measured: number;
  /** Weighted downtime, percent-seconds. */
  downtime: number;
  /** Seconds of planned maintenance excluded. */
  excluded: number;
  /** The entries behind the range, in order of first day, worst first within a day. */
  entries: EntryRef[];
}

const empty = (): Availability => ({ measured: 0, downtime: 0, excluded: 0, entries: [] });

/** Seconds of a day that have data and have happened by now (0 before the pair's first day). */
export function daySeconds(pair: Pick<PairUptime, 'firstDay'>, day: string, nowSeconds: number): number {
  if (pair.firstDay === undefined || day < pair.firstDay) return 0;
  const start = dayStart(day);
  return Math.max(0, Math.min(DAY_SECONDS, nowSeconds - start));
}

/**
 * One pair over `from`..`to` (UTC days, both included). Measured time is
 * counted arithmetically and only the recorded days are visited, so a range
 * costs O(log days + recorded days in it).
 */
export function pairAvailability(model: UptimeModel, pair: PairUptime, from: string, to: string): Availability {
  const out = empty();
  addPair(out, new Set<string>(), model, pair, from, to);
  return out;
}

/** Several pairs summed (a component group, a region): their measured time and downtime pooled. */
export function pooledAvailability(model: UptimeModel, pairs: readonly PairUptime[], from: string, to: string): Availability {
  const out = empty();
  const seen = new Set<string>();
  for (const pair of pairs) addPair(out, seen, model, pair, from, to);
  return out;
}

function addPair(out: Availability, seen: Set<string>, model: UptimeModel, pair: PairUptime, from: string, to: string) {
  if (pair.firstDay === undefined) return;
  const first = from < pair.firstDay ? pair.firstDay : from;
  const start = dayStart(first);
  const end = Math.min(dayStart(to) + DAY_SECONDS, model.nowSeconds);
  if (end <= start) return;
  out.measured += end - start;
  const days = pair.ordered;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]!.day < first) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < days.length && days[i]!.day <= to; i++) {
    const rec = days[i]!;
    if (dayStart(rec.day) >= model.nowSeconds) break;
    out.measured -= rec.excluded;
    out.downtime += rec.downtime;
    out.excluded += rec.excluded;
    for (const e of rec.entries) {
      if (!seen.has(e.key)) {
        seen.add(e.key);
        out.entries.push(e);
      }
    }
  }
}

/** Whether there is anything to measure; "no data" otherwise, never 100 %. */
export function hasData(a: Pick<Availability, 'measured' | 'downtime'>): boolean {
  return a.measured > 0;
}

/**
 * Availability in hundredths of a percent, floored: 99.99 % is 9999. Floored
 * so a range with any downtime never reads 100.00 %. Undefined without data.
 */
export function availabilityBasisPoints(a: Pick<Availability, 'measured' | 'downtime'>): number | undefined {
  if (a.measured <= 0) return undefined;
  if (a.downtime <= 0) return 10_000;
  const total = a.measured * 100;
  const up = Math.max(0, total - a.downtime);
  return Math.min(9_999, Math.floor((up * 10_000) / total));
}

/** `99.86 %`, `100.00 %`, or `no data`: the one way availability is shown. */
export function formatAvailability(a: Pick<Availability, 'measured' | 'downtime'>): string {
  const bp = availabilityBasisPoints(a);
  return bp === undefined ? 'no data' : `${(bp / 100).toFixed(2)} %`;
}

/** The shown figure as a number (99.86), or null without data: what CSV and JSON carry. */
export function availabilityPercent(a: Pick<Availability, 'measured' | 'downtime'>): number | null {
  const bp = availabilityBasisPoints(a);
  return bp === undefined ? null : bp / 100;
}

/** Weighted downtime in minutes, rounded up to a tenth so any downtime shows. */
export function downtimeMinutes(a: Pick<Availability, 'downtime'>): number {
  return Math.ceil(a.downtime / 600) / 10;
}

/** `61.8 min` */
export function formatMinutes(minutes: number): string {
  return `${Number.isInteger(minutes) ? minutes : minutes.toFixed(1)} min`;
}

/**
 * Met when the exact availability is at or above the target (a percent, e.g.
 * 99.9). Compared in integers at 0.0001 % so 99.9 is not a float near it.
 * Undefined without data.
 */
export function meetsTarget(a: Pick<Availability, 'measured' | 'downtime'>, target: number): boolean | undefined {
  if (a.measured <= 0) return undefined;
  const total = a.measured * 100;
  const up = Math.max(0, total - a.downtime);
  return up * 1_000_000 >= Math.round(target * 10_000) * total;
}
