import { describe, expect, it } from 'vitest';
import type { MaintenanceData } from '../../../src/lib/content/schema.ts';
import { maintenanceStatus } from '../../../src/lib/status/maintenance.ts';

const work = (extra: Partial<MaintenanceData> = {}): MaintenanceData => ({
  title: 'Upgrade',
  type: 'planned',
  security: false,
  regions: ['EUR'],
  impact: 'under_maintenance',
  window: { start: '2026-11-20T23:00:00.000Z', end: '2026-11-21T02:00:00.000Z' },
  announced: '2026-11-10T09:00:00.000Z',
  cancelled: false,
  updates: [],
  ...extra,
});

describe('maintenanceStatus at the edges of the window', () => {
  it.each([
    ['2026-11-20T22:59:59.999Z', 'scheduled', 0],
    ['2026-11-20T23:00:00.000Z', 'in_progress', 0],
    ['2026-11-21T00:00:00.000Z', 'in_progress', 0],
    ['2026-11-21T01:59:59.999Z', 'in_progress', 0],
    ['2026-11-21T02:00:00.000Z', 'overran', 0],
    ['2026-11-21T02:45:00.000Z', 'overran', 45],
  ])('at %s it is %s', (now, state, overrunMinutes) => {
    expect(maintenanceStatus(work(), now)).toEqual({ state, overrunMinutes });
  });

  it('is completed once completed has passed, even inside the window', () => {
    const early = work({ completed: '2026-11-21T01:00:00.000Z' });
    expect(maintenanceStatus(early, '2026-11-21T00:59:00.000Z').state).toBe('in_progress');
    expect(maintenanceStatus(early, '2026-11-21T01:00:00.000Z')).toEqual({ state: 'completed', overrunMinutes: 0 });
  });

  it('says by how much a late completion overran', () => {
    const late = work({ completed: '2026-11-21T02:40:00.000Z' });
    expect(maintenanceStatus(late, '2026-11-21T02:20:00.000Z')).toEqual({ state: 'overran', overrunMinutes: 20 });
    expect(maintenanceStatus(late, '2026-11-22T00:00:00.000Z')).toEqual({ state: 'completed', overrunMinutes: 40 });
  });

  it('is cancelled whatever the time', () => {
    expect(maintenanceStatus(work({ cancelled: true }), '2026-11-21T00:00:00.000Z').state).toBe('cancelled');
  });
});
