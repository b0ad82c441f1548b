import { describe, expect, it } from 'vitest';
import { formatUpcoming, upcomingNotifications } from '../../../src/lib/notify/upcoming.ts';
import { maintenance, release } from '../feeds/sample-content.ts';

const NOW = '2026-11-21T12:00:00.000Z';

describe('upcomingNotifications', () => {
  it('lists maintenance starting in the next 24 hours and major-release notices in the next 7 days', () => {
    const minor = release('2027/wave-1', [{ regions: ['EUR'], at: '2026-12-04T18:00:00.000Z' }], '2026-08-01T00:00:00.000Z');
    const major = { ...minor, data: { ...minor.data, type: 'major' as const } };
    const items = upcomingNotifications(
      {
        maintenance: [
          maintenance('2026/soon', ['EUR'], '2026-11-22T11:00:00.000Z', '2026-11-22T12:00:00.000Z'),
          maintenance('2026/later', ['EUR'], '2026-11-22T12:00:01.000Z', '2026-11-22T13:00:00.000Z'),
          maintenance('2026/running', ['EUR'], '2026-11-21T11:00:00.000Z', '2026-11-21T13:00:00.000Z'),
        ],
        releases: [major],
      },
      NOW,
    );
    // First stage 4 December 18:00: the 15-day notice (19 Nov) has passed, the 7-day one (27 Nov 18:00) is 6 days 6 hours away, the 0-day one too far.
    expect(items.map(formatUpcoming)).toEqual([
      'notify   maintenance/2026/soon: "maintenance started" notification at 2026-11-22 11:00 UTC — Maintenance 2026/soon',
      'notify   releases/2027/wave-1: major-release notice (7 days before the first stage) at 2026-11-27 18:00 UTC — Release 2027/wave-1',
    ]);
  });
});
