/**
 * indexAtLater looks again only at the entries that can still change; what it
 * gives must be what indexAt, over every entry, gives — at every instant of
 * the sample's schedule, 1 ms either side of each, and at times in between and
 * long after.
 */
import { describe, expect, it } from 'vitest';
import { indexAt, indexAtLater } from '../../../src/lib/index/site-index.ts';
import { LEAD_TIMES, allEntries } from '../../../src/lib/schedule/site-schedule.ts';
import { isSettled } from '../../../src/lib/schedule/settled.ts';
import { upcomingInstants } from '../../../src/lib/schedule/transitions.ts';
import { sampleIndex } from '../display/sample.ts';

const index = sampleIndex();
const settled = (e: Parameters<typeof isSettled>[0]) => isSettled(e, index.site, LEAD_TIMES, index.now);
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

const DAY = 86_400_000;
const midnights = Array.from({ length: 60 }, (_, d) => new Date((Math.floor(Date.parse(index.now) / DAY) + 1 + d) * DAY).toISOString());
const instants = [...upcomingInstants(allEntries(index), index.site, LEAD_TIMES, index.now, plus(index.now, 60 * DAY)), ...midnights];
const times = [...new Set([...instants.flatMap((t) => [plus(t, -1), t, plus(t, 1)]), plus(index.now, 1), plus(index.now, 400 * 86_400_000)])].filter(
  (t) => t > index.now,
);

describe('indexAtLater', () => {
  it('has a schedule to check against, with entries both settled and still moving', () => {
    expect(instants.length).toBeGreaterThan(10);
    const all = [...allEntries(index)];
    expect(all.some(settled)).toBe(true);
    expect(all.some((e) => !settled(e))).toBe(true);
  });

  it.each(times)('gives what indexAt gives at %s', (t) => {
    expect(indexAtLater(index, t, settled)).toEqual(indexAt(index, t));
  });

  it('would differ if a moving entry were taken for settled (so the comparison can fail)', () => {
    const open = index.openIncidents[0]!;
    const t = plus(index.now, 1);
    expect(indexAtLater(sampleIndex(), t, (e) => e === open || settled(e)).openIncidents).not.toContain(open);
  });
});
