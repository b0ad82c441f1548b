import { describe, expect, it } from 'vitest';
import type { Release } from '../../../src/lib/content/types.ts';
import { releaseProgress } from '../../../src/lib/display/release-progress.ts';
import { plainIndex, release } from './plain.ts';

describe('releaseProgress', () => {
  const weekly = release('2026/weekly', [
    { regions: ['EUR'], at: '2026-11-19T19:00:00.000Z' }, // database 20 Nov 19:00: done
    { regions: ['GBR', 'JPN'], at: '2026-11-21T03:00:00.000Z' }, // database 22 Nov 03:00: next
    { regions: ['OCE'], at: '2026-11-23T03:00:00.000Z' }, // later
  ]);
  const index = plainIndex({ releases: [weekly] });
  const progress = releaseProgress(index.byKey.get('releases/2026/weekly') as Release, index);

  it('says which stages have the release and its database update, and which are next', () => {
    expect(progress.stages.map((s) => [s.stage, s.service, s.database])).toEqual([
      [1, 'done', 'done'],
      [2, 'done', 'next'],
      [3, 'later', 'later'],
    ]);
    expect(progress.stages[1]).toMatchObject({ serviceLabel: 'Released', databaseLabel: 'Next', databaseAt: '2026-11-22T03:00:00.000Z' });
    expect(progress.summary).toBe('Reached 3 of 4 regions; database updated in 1.');
    expect(progress.next).toEqual({ what: 'Database update for stage 2', at: '2026-11-22T03:00:00.000Z' });
  });

  it('has nothing next once every database update has run', () => {
    const done = releaseProgress(weekly, { ...index, now: '2026-12-01T00:00:00.000Z' });
    expect(done.next).toBeUndefined();
    expect(done.summary).toBe('Reached 4 of 4 regions; database updated in 4.');
  });
});
