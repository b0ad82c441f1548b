/**
 * Issue #14's targets, each against the minimal Hugo site's cold build of the
 * same bench run (hugo-reference.ts): at 10,000 entries a cold build within
 * 1.5× it and a one-change rebuild within 0.3× it, at 1,000 entries a cold
 * build within 3× it, and at either size a peak RSS of at most 1 GB. Other
 * sizes have no target: the bench prints their ratios only.
 *
 * Beside each time target stands Astro's own floor in the same run: a bare
 * Astro site building as many pages (astro-floor.ts). When the floor alone
 * passes the limit, no Astro site with those pages can meet the target, so
 * the row says so.
 */
export interface TargetRow {
  target: string;
  /** What the bench measured (seconds or MiB). */
  measured: number;
  /** The most the target allows, in the same unit. */
  limit: number;
  unit: 's' | 'MiB';
  met: boolean;
  /** A bare Astro build of as many pages, when the bench built one: seconds. */
  floor?: number;
}

export interface BenchFigures {
  entries: number;
  coldSeconds: number;
  oneChangeSeconds: number;
  /** The highest peak RSS of the run's builds. */
  peakMiB: number;
  /** The reference's cold build (median of its runs), if Hugo was there. */
  hugoSeconds: number | undefined;
  /** Bare Astro builds of as many pages as the cold build and as the one-change rebuild rendered, if built. */
  coldFloorSeconds?: number | undefined;
  rebuildFloorSeconds?: number | undefined;
}

const GB_IN_MIB = 1024;

export function targetRows({ entries, coldSeconds, oneChangeSeconds, peakMiB, hugoSeconds, coldFloorSeconds, rebuildFloorSeconds }: BenchFigures): TargetRow[] {
  const rows: TargetRow[] = [];
  const against = (target: string, measured: number, factor: number, floor: number | undefined) => {
    if (hugoSeconds === undefined) return;
    const limit = factor * hugoSeconds;
    rows.push({ target, measured, limit, unit: 's', met: measured <= limit, ...(floor === undefined ? {} : { floor }) });
  };
  if (entries === 10_000) {
    against('cold build ≤ 1.5× Hugo', coldSeconds, 1.5, coldFloorSeconds);
    against('one-change rebuild ≤ 0.3× Hugo', oneChangeSeconds, 0.3, rebuildFloorSeconds);
  } else if (entries === 1_000) {
    against('cold build ≤ 3× Hugo', coldSeconds, 3, coldFloorSeconds);
  }
  if (entries === 1_000 || entries === 10_000) rows.push({ target: 'peak RSS ≤ 1 GB', measured: peakMiB, limit: GB_IN_MIB, unit: 'MiB', met: peakMiB <= GB_IN_MIB });
  return rows;
}

/** What the last column of the targets table says of Astro's floor for a row. */
export function floorVerdict(row: TargetRow): string {
  if (row.floor === undefined) return '';
  return `${row.floor.toFixed(1)} s: ${row.floor <= row.limit ? 'within the limit' : 'over the limit: out of Astro\'s reach'}`;
}

/** The median of a run's timings (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
