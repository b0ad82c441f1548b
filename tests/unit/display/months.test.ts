import { describe, expect, it } from 'vitest';
import { firstPast, landingMonth, monthPages, monthPath, previousMonth, recentWindow } from '../../../src/lib/display/months.ts';
import { groupByMonth } from '../../../src/lib/status/timeline.ts';

const NOW = '2026-11-21T12:00:00.000Z';
const at = (iso: string) => ({ at: iso });

describe('month pages', () => {
  it('links each month to its older and newer neighbour', () => {
    const pages = monthPages(groupByMonth([at('2026-12-01T00:00:00Z'), at('2026-11-02T00:00:00Z'), at('2026-08-01T00:00:00Z')]));
    expect(pages.map((p) => [p.month, p.older, p.newer])).toEqual([
      ['2026-12', '2026-11', undefined],
      ['2026-11', '2026-08', '2026-12'],
      ['2026-08', undefined, '2026-11'],
    ]);
    expect(monthPath('/regions/nam/', '2026-08')).toBe('/regions/nam/2026/08/');
    expect(previousMonth('2027-01')).toBe('2026-12');
  });

  it('lands on the month of now, else the newest before it', () => {
    expect(landingMonth(['2027-04', '2026-11', '2026-10'], NOW)).toBe('2026-11');
    expect(landingMonth(['2027-04', '2026-09'], NOW)).toBe('2026-09');
    expect(landingMonth(['2027-04'], NOW)).toBe('2027-04');
    expect(landingMonth([], NOW)).toBeUndefined();
  });
});

describe('recentWindow', () => {
  const items = [
    at('2027-04-01T00:00:00Z'),
    at('2026-12-24T00:00:00Z'),
    at('2026-11-25T00:00:00Z'),
    at('2026-11-21T10:00:00Z'),
    at('2026-10-02T00:00:00Z'),
    at('2026-09-30T00:00:00Z'),
    at('2026-01-01T00:00:00Z'),
  ];

  it('keeps upcoming items, this month and the previous one', () => {
    const w = recentWindow(items, NOW);
    expect(w.items.map((i) => i.at.slice(0, 10))).toEqual(['2027-04-01', '2026-12-24', '2026-11-25', '2026-11-21', '2026-10-02']);
    expect(w.older).toBe('2026-09');
    expect(w.newer).toBeUndefined();
  });

  it('bounds the page and links the months left out', () => {
    const w = recentWindow(items, NOW, { maxItems: 3, maxUpcoming: 2 });
    expect(w.items.map((i) => i.at.slice(0, 10))).toEqual(['2026-12-24', '2026-11-25', '2026-11-21']);
    expect(w.newer).toBe('2027-04');
    expect(w.older).toBe('2026-10');
  });

  it('finds "now" in a newest-first list by binary search', () => {
    expect(firstPast(items, NOW)).toBe(3);
    expect(firstPast(items, '2030-01-01T00:00:00Z')).toBe(0);
    expect(firstPast(items, '2000-01-01T00:00:00Z')).toBe(items.length);
    expect(firstPast([], NOW)).toBe(0);
  });

  it('stays bounded however long the history', () => {
    const many = Array.from({ length: 5000 }, (_, i) => at(new Date(Date.parse(NOW) - i * 600_000).toISOString()));
    expect(recentWindow(many, NOW).items).toHaveLength(100);
  });
});
