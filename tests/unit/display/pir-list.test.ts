import { describe, expect, it } from 'vitest';
import { pirList } from '../../../src/lib/display/pir-list.ts';
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
