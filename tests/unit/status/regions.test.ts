import { describe, expect, it } from 'vitest';
import { affectedRegions, affects, namedRegions } from '../../../src/lib/status/board.ts';

// The site's regions, in the order regions.yaml lists them.
const SITE = ['EUR', 'NAM', 'APJ', 'GBR'];

describe('the reading of `global`', () => {
  it('namedRegions: global is every region in the site order; otherwise the entry’s own list in its own order', () => {
    expect(namedRegions(['global'], SITE)).toEqual(['EUR', 'NAM', 'APJ', 'GBR']);
    expect(namedRegions(['GBR', 'global'], SITE)).toEqual(['EUR', 'NAM', 'APJ', 'GBR']);
    expect(namedRegions(['GBR', 'EUR'], SITE)).toEqual(['GBR', 'EUR']);
    expect(namedRegions([], SITE)).toEqual([]);
  });

  it('affectedRegions filters the site’s regions, in the site order', () => {
    expect(affectedRegions(['GBR', 'EUR'], SITE)).toEqual(['EUR', 'GBR']);
    expect(affectedRegions(['global'], SITE)).toEqual(['EUR', 'NAM', 'APJ', 'GBR']);
  });

  it('affects agrees with both for every region', () => {
    for (const named of [['global'], ['GBR', 'EUR'], ['APJ'], []]) {
      for (const region of SITE) {
        expect(affects(named, region)).toBe(namedRegions(named, SITE).includes(region));
        expect(affects(named, region)).toBe(affectedRegions(named, SITE).includes(region));
      }
    }
  });
});
