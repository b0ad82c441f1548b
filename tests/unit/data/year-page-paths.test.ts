import { describe, expect, it } from 'vitest';
import { yearPagePaths } from '../../../src/data/incremental.ts';

const year = (y: string) => ({ params: { year: y }, props: { year: { year: y, href: `/history/${y}/` } } });

describe('yearPagePaths', () => {
  // Outside a build there is no previous output to keep from: every path comes back, each with whether it is timeless.
  it('makes the page of a year that is over (in UTC) timeless, and the running year and later ones not', () => {
    const timeless = (now: string) => yearPagePaths([year('2027'), year('2026'), year('2025')], { now }).map((p) => [p.params.year, p.props.timeless]);
    expect(timeless('2026-11-21T12:00:00.000Z')).toEqual([['2027', false], ['2026', false], ['2025', true]]);
    // The last instant of 2026 is still 2026; the first of 2027 ends it.
    expect(timeless('2026-12-31T23:59:59.999Z')).toEqual([['2027', false], ['2026', false], ['2025', true]]);
    expect(timeless('2027-01-01T00:00:00.000Z')).toEqual([['2027', false], ['2026', true], ['2025', true]]);
  });
});
