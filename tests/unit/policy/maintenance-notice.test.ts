import { describe, expect, it } from 'vitest';
import { maintenanceAnnouncedLate, noticeDeadline } from '../../../src/lib/policy/maintenance-notice.ts';

const announcedLate = (m: Parameters<typeof maintenanceAnnouncedLate>[0], days: number) => maintenanceAnnouncedLate(m, { maintenance_notice_days: days });

const work = (announced: string, type: 'planned' | 'unplanned' = 'planned') => ({
  type,
  announced,
  window: { start: '2026-11-24T03:00:00.000Z', end: '2026-11-24T07:00:00.000Z' },
});

describe('maintenance notice', () => {
  it('is due the notice period before the window starts', () => {
    expect(noticeDeadline(work('2026-11-01T00:00:00Z'), 5)).toBe('2026-11-19T03:00:00.000Z');
  });

  it('is in time up to the deadline itself and late one minute after', () => {
    expect(announcedLate(work('2026-11-19T03:00:00Z'), 5)).toBe(false);
    expect(announcedLate(work('2026-11-19T03:01:00Z'), 5)).toBe(true);
  });

  it('never calls unplanned work late', () => {
    expect(announcedLate(work('2026-11-24T02:00:00Z', 'unplanned'), 5)).toBe(false);
  });
});
