import { describe, expect, it } from 'vitest';
import { pirList, pirPages } from '../../../src/lib/display/pir-list.ts';
import type { PirRow } from '../../../src/lib/display/pir-list.ts';
import { incident, plainIndex } from './plain.ts';

describe('pirList', () => {
  const index = plainIndex({
    incidents: [
      incident('2026/major-due', { severity: 'major', regions: ['EUR', 'GBR'], started: '2026-11-19T08:00:00.000Z', resolved: '2026-11-19T10:30:00.000Z' }),
      incident('2026/major-open', { severity: 'major' }),
      incident('2026/minor', { started: '2026-11-01T08:00:00.000Z', resolved: '2026-11-01T09:00:00.000Z' }),
      incident('2026/major-overdue', { severity: 'major', regions: ['JPN'], started: '2026-10-01T08:00:00.000Z', resolved: '2026-10-01T09:00:00.000Z' }),
      incident('2026/major-published', {
        severity: 'major',
        regions: ['global'],
        started: '2026-09-01T08:00:00.000Z',
        resolved: '2026-09-01T08:45:00.000Z',
        pir_published: '2026-09-04T12:00:00.000Z',
      }),
    ],
  });

  it('lists published, due and overdue reports, newest incident first, with regions, duration and date', () => {
    const rows = pirList(index);
    expect(rows.map((r) => [r.entry.id, r.state.kind, r.banner.word, r.duration, r.date])).toEqual([
      // 19 Nov (Thu) + 5 business days = end of 26 Nov.
      ['2026/major-due', 'due', 'Due', '2 h 30 min', '2026-11-27T00:00:00.000Z'],
      ['2026/major-overdue', 'overdue', 'Overdue', '1 h', '2026-10-09T00:00:00.000Z'],
      ['2026/major-published', 'published', 'Published', '45 min', '2026-09-04T12:00:00.000Z'],
    ]);
    expect(rows[0]!.regions.map((l) => l.label)).toEqual(['Europe (EUR)', 'United Kingdom (GBR)']);
    expect(rows[2]!.regions.map((l) => l.label)).toEqual(['All regions']);
  });
});

describe('pirPages', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `r${i}` }) as unknown as PirRow);

  it('keeps one page, /pirs/, up to the page size (and when there are none)', () => {
    expect(pirPages(rows(0), 50)).toEqual([{ path: '/pirs/', rest: undefined, page: 1, pages: 1, items: [], newer: undefined, older: undefined }]);
    expect(pirPages(rows(50), 50)).toHaveLength(1);
  });

  it('splits the rest into /pirs/page/N/, newest first, each linking its neighbours', () => {
    const pages = pirPages(rows(101), 50);
    expect(pages.map((p) => [p.path, p.rest, p.items.length, p.newer, p.older])).toEqual([
      ['/pirs/', undefined, 50, undefined, '/pirs/page/2/'],
      ['/pirs/page/2/', 'page/2', 50, '/pirs/', '/pirs/page/3/'],
      ['/pirs/page/3/', 'page/3', 1, '/pirs/page/2/', undefined],
    ]);
    expect(pages[2]!.items[0]!.title).toBe('r100');
    expect(pages.every((p) => p.pages === 3)).toBe(true);
  });
});
