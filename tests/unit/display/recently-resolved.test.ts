import { describe, expect, it } from 'vitest';
import { recentlyResolved } from '../../../src/lib/display/recently-resolved.ts';
import { incident, plainIndex } from './plain.ts';

describe('recentlyResolved', () => {
  const index = plainIndex({
    incidents: [
      // Resolved 2 h before now after 2 h 35 min.
      incident('2026/eur-recent', { regions: ['EUR'], started: '2026-11-21T07:25:00.000Z', resolved: '2026-11-21T10:00:00.000Z' }),
      // Resolved exactly 72 h before now: still shown.
      incident('2026/gbr-edge', { regions: ['GBR'], started: '2026-11-18T11:00:00.000Z', resolved: '2026-11-18T12:00:00.000Z' }),
      // Resolved 72 h and 1 min before now: gone.
      incident('2026/jpn-old', { regions: ['JPN'], started: '2026-11-18T10:00:00.000Z', resolved: '2026-11-18T11:59:00.000Z' }),
      // Still open.
      incident('2026/oce-open', { regions: ['OCE'] }),
      // Resolved in the future of now: open at now.
      incident('2026/eur-later', { regions: ['EUR'], started: '2026-11-21T11:00:00.000Z', resolved: '2026-11-21T13:00:00.000Z' }),
    ],
  });

  it('lists incidents resolved in the last 72 hours, latest resolution first', () => {
    expect(recentlyResolved(index).map((r) => r.entry.id)).toEqual(['2026/eur-recent', '2026/gbr-edge']);
  });

  it('says how long ago and after how long', () => {
    expect(recentlyResolved(index)[0]).toMatchObject({ text: 'Resolved 2 h ago after 2 h 35 min', where: 'Partial outage · Europe (EUR)', href: '/incidents/2026/eur-recent/' });
    expect(recentlyResolved(index)[1]!.text).toBe('Resolved 3 d ago after 1 h');
  });

  it('filters by region', () => {
    expect(recentlyResolved(index, 'GBR').map((r) => r.entry.id)).toEqual(['2026/gbr-edge']);
    expect(recentlyResolved(index, 'JPN')).toEqual([]);
  });
});
