import { describe, expect, it } from 'vitest';
import type { ReleaseData } from '../../../src/lib/content/schema.ts';
import { databaseUpdateAt, noticeSchedule, releaseArrivals, releaseProgress } from '../../../src/lib/status/release.ts';

const release: ReleaseData = {
  title: 'Wave',
  type: 'major',
  version: '9.2.2610.1',
  announced: '2026-06-15T00:00:00.000Z',
  components: ['api'],
  rollout: [
    { regions: ['FRA'], at: '2026-10-05T18:00:00.000Z' },
    { regions: ['global'], at: '2026-10-12T03:00:00.000Z' },
  ],
  database_lag_hours: 24,
};

describe('releaseArrivals', () => {
  it('gives each region its stage date and the database update after it', () => {
    const arrivals = releaseArrivals(release, ['FRA', 'NAM']);
    expect(arrivals[0]).toEqual({ region: 'FRA', stage: 0, at: '2026-10-05T18:00:00.000Z', databaseAt: '2026-10-06T18:00:00.000Z' });
    expect(arrivals.slice(1).map((a) => a.region)).toEqual(['FRA', 'NAM']);
  });

  it('honours database_lag_hours', () => {
    expect(releaseArrivals({ ...release, database_lag_hours: 6 }, ['FRA'])[0]!.databaseAt).toBe('2026-10-06T00:00:00.000Z');
  });
});

describe('noticeSchedule', () => {
  it('lists 90, 30, 15, 7 and 0 days before the first stage and which have passed', () => {
    const schedule = noticeSchedule(release, '2026-09-25T00:00:00.000Z');
    expect(schedule.map((n) => [n.daysBefore, n.at.slice(0, 10), n.passed])).toEqual([
      [90, '2026-07-07', true],
      [30, '2026-09-05', true],
      [15, '2026-09-20', true],
      [7, '2026-09-28', false],
      [0, '2026-10-05', false],
    ]);
  });

  it('is empty for a minor release', () => {
    expect(noticeSchedule({ ...release, type: 'minor' }, '2026-09-25T00:00:00.000Z')).toEqual([]);
  });
});

describe('releaseProgress', () => {
  it('counts the stages whose time has come, a stage counting from its own instant', () => {
    expect(releaseProgress(release, '2026-10-05T17:59:59.000Z')).toEqual({ reached: 0, total: 2 });
    expect(releaseProgress(release, '2026-10-05T18:00:00.000Z')).toEqual({ reached: 1, total: 2 });
    expect(releaseProgress(release, '2026-10-12T03:00:00.000Z')).toEqual({ reached: 2, total: 2 });
  });
});

describe('databaseUpdateAt', () => {
  it('follows a stage by database_lag_hours, across a day boundary', () => {
    expect(databaseUpdateAt({ database_lag_hours: 24 }, '2026-10-05T18:00:00.000Z')).toBe('2026-10-06T18:00:00.000Z');
    expect(databaseUpdateAt({ database_lag_hours: 6 }, '2026-10-05T20:00:00Z')).toBe('2026-10-06T02:00:00.000Z');
  });
});
