import { describe, expect, it } from 'vitest';
import { countsInWords, entryRegions, HISTORY_INDEX_YEARS, historyIndex, historyPages, historyYears } from '../../../src/lib/display/history.ts';
import { incident, maintenance, plainIndex, release } from './plain.ts';

const index = plainIndex({
  incidents: [
    incident('2026/eur-nov', { regions: ['EUR'], started: '2026-11-20T10:00:00.000Z', resolved: '2026-11-20T11:00:00.000Z' }),
    incident('2026/all-nov', { regions: ['global'], started: '2026-11-02T10:00:00.000Z', resolved: '2026-11-02T11:00:00.000Z' }),
    incident('2025/jpn-dec', { regions: ['JPN'], started: '2025-12-05T10:00:00.000Z', resolved: '2025-12-05T11:00:00.000Z' }),
  ],
  maintenance: [maintenance('2026/jpn-oct', { regions: ['JPN'], window: { start: '2026-10-03T11:00:00.000Z', end: '2026-10-03T12:00:00.000Z' } })],
  releases: [release('2026/weekly', [{ regions: ['GBR'], at: '2026-11-10T19:00:00.000Z' }, { regions: ['OCE'], at: '2026-12-01T19:00:00.000Z' }])],
});

describe('historyYears', () => {
  it('indexes every year and month with counts per kind, newest first', () => {
    const years = historyYears(index.history);
    expect(years.map((y) => [y.year, y.total, y.href])).toEqual([
      ['2026', 4, '/history/2026/'],
      ['2025', 1, '/history/2025/'],
    ]);
    expect(years[0]!.months.map((m) => [m.label, m.href, countsInWords(m.counts)])).toEqual([
      ['November 2026', '/history/2026/11/', '2 incidents, 1 release'],
      ['October 2026', '/history/2026/10/', '1 maintenance'],
    ]);
    expect(countsInWords(years[0]!.counts)).toBe('2 incidents, 1 maintenance, 1 release');
  });
});

describe('historyIndex', () => {
  const years = historyYears(index.history);

  it('lists the months of the newest years and a line for each earlier one', () => {
    const { recent, earlier } = historyIndex(years, 1);
    expect(recent.map((y) => [y.year, y.months.length])).toEqual([['2026', 2]]);
    expect(earlier.map((y) => [y.year, countsInWords(y.counts)])).toEqual([['2025', '1 incident']]);
  });

  it('lists two years in full by default, and no earlier line when there are no more', () => {
    expect(HISTORY_INDEX_YEARS).toBe(2);
    const { recent, earlier } = historyIndex(years);
    expect(recent.map((y) => y.year)).toEqual(['2026', '2025']);
    expect(earlier).toEqual([]);
  });
});

describe('historyPages', () => {
  const pages = historyPages(index.history, index.regions, 2);
  const paths = pages.map((p) => p.path);

  it('makes a page per month, per kind present and per region present', () => {
    expect(paths.filter((p) => p.startsWith('/history/2026/11/'))).toEqual([
      '/history/2026/11/',
      '/history/2026/11/page/2/',
      '/history/2026/11/incidents/',
      '/history/2026/11/releases/',
      '/history/2026/11/regions/eur/',
      '/history/2026/11/regions/gbr/',
      '/history/2026/11/regions/jpn/',
      '/history/2026/11/regions/oce/',
    ]);
  });

  it('bounds each page and links its neighbours and filters', () => {
    const first = pages.find((p) => p.path === '/history/2026/11/')!;
    expect(first).toMatchObject({ page: 1, pages: 2, nextPage: '/history/2026/11/page/2/', prevPage: undefined, older: '2026-10', newer: undefined, rest: undefined });
    expect(first.items.map((d) => d.entry.id)).toEqual(['2026/eur-nov', '2026/weekly']);
    expect(pages.find((p) => p.path === '/history/2026/11/page/2/')).toMatchObject({ rest: 'page/2', prevPage: '/history/2026/11/' });
    expect(first.kindLinks.map((l) => [l.label, l.current])).toEqual([
      ['All', true],
      ['Incidents', false],
      ['Releases', false],
    ]);
    const eur = pages.find((p) => p.path === '/history/2026/11/regions/eur/')!;
    expect(eur.rest).toBe('regions/eur');
    expect(eur.items.map((d) => d.entry.id)).toEqual(['2026/eur-nov', '2026/all-nov']);
    expect(eur.regionLinks.find((l) => l.current)?.label).toBe('Europe');
  });

  it('reads a release’s regions from its rollout, global meaning all', () => {
    expect(entryRegions(index.byKey.get('releases/2026/weekly')!, ['EUR', 'GBR', 'OCE'])).toEqual(['GBR', 'OCE']);
    expect(entryRegions(index.byKey.get('incidents/2026/all-nov')!, ['EUR', 'GBR'])).toEqual(['EUR', 'GBR']);
  });
});
