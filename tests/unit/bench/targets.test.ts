import { describe, expect, it } from 'vitest';
import { floorVerdict, median, targetRows } from '../../../scripts/bench/targets.ts';

describe("issue #14's targets against the run's Hugo reference", () => {
  it('at 10,000 entries: cold within 1.5×, one-change rebuild within 0.3×, peak within 1 GB', () => {
    const rows = targetRows({ entries: 10_000, coldSeconds: 14, oneChangeSeconds: 3.5, peakMiB: 900, hugoSeconds: 10 });
    expect(rows).toEqual([
      { target: 'cold build ≤ 1.5× Hugo', measured: 14, limit: 15, unit: 's', met: true },
      { target: 'one-change rebuild ≤ 0.3× Hugo', measured: 3.5, limit: 3, unit: 's', met: false },
      { target: 'peak RSS ≤ 1 GB', measured: 900, limit: 1024, unit: 'MiB', met: true },
    ]);
  });

  it('at 1,000 entries: cold within 3×; a figure on the limit meets it', () => {
    const rows = targetRows({ entries: 1_000, coldSeconds: 4.5, oneChangeSeconds: 2, peakMiB: 1025, hugoSeconds: 1.5 });
    expect(rows.map((r) => [r.target, r.limit, r.met])).toEqual([
      ['cold build ≤ 3× Hugo', 4.5, true],
      ['peak RSS ≤ 1 GB', 1024, false],
    ]);
  });

  it('without the reference only the memory target is judged; other sizes have none', () => {
    expect(targetRows({ entries: 10_000, coldSeconds: 1, oneChangeSeconds: 1, peakMiB: 100, hugoSeconds: undefined }).map((r) => r.target)).toEqual(['peak RSS ≤ 1 GB']);
    expect(targetRows({ entries: 50_000, coldSeconds: 1, oneChangeSeconds: 1, peakMiB: 100, hugoSeconds: 1 })).toEqual([]);
  });

  it("sets Astro's floor for as many pages beside each time target, and says when the floor alone passes the limit", () => {
    const rows = targetRows({ entries: 10_000, coldSeconds: 30, oneChangeSeconds: 7, peakMiB: 900, hugoSeconds: 8, coldFloorSeconds: 9, rebuildFloorSeconds: 2.5 });
    expect(rows.map((r) => [r.target, r.limit, r.floor])).toEqual([
      ['cold build ≤ 1.5× Hugo', 12, 9],
      ['one-change rebuild ≤ 0.3× Hugo', 2.4, 2.5],
      ['peak RSS ≤ 1 GB', 1024, undefined],
    ]);
    expect(rows.map(floorVerdict)).toEqual(['9.0 s: within the limit', "2.5 s: over the limit: out of Astro's reach", '']);
    // At 1k the cold floor stands beside the cold target; without floors the column is empty.
    expect(targetRows({ entries: 1_000, coldSeconds: 9, oneChangeSeconds: 3, peakMiB: 700, hugoSeconds: 1, coldFloorSeconds: 3.1 }).map(floorVerdict)).toEqual([
      "3.1 s: over the limit: out of Astro's reach",
      '',
    ]);
    expect(targetRows({ entries: 1_000, coldSeconds: 9, oneChangeSeconds: 3, peakMiB: 700, hugoSeconds: 1 }).map(floorVerdict)).toEqual(['', '']);
  });

  it('takes the median of the reference runs', () => {
    expect(median([9.8, 7.2, 8.1])).toBe(8.1);
    expect(median([2, 1])).toBe(1.5);
    expect(() => median([])).toThrow();
  });
});
