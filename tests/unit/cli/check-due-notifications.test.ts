import { describe, expect, it } from 'vitest';
import { runCliScript } from '../../support/build.ts';
import { SAMPLE_CONTENT } from '../../support/paths.ts';

const due = (now: string) => runCliScript('check.ts', ['--due', '--content', SAMPLE_CONTENT], { HELIOGRAPH_NOW: now });

describe('npm run check -- --due: upcoming notifications', { timeout: 60_000 }, () => {
  it('lists maintenance starting in the next 24 hours', () => {
    const run = due('2026-11-23T12:00:00Z');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')).toContain(
      'notify   maintenance/2026/nam-can-database-upgrade: "maintenance started" notification at 2026-11-24 03:00 UTC — Database platform upgrade in North America and Canada',
    );
  });

  it('lists major-release notices in the next 7 days', () => {
    // 2027 wave 1 starts 2027-04-05 18:00: its 90-day notice is 2027-01-05 18:00.
    const run = due('2026-12-30T12:00:00Z');
    // The horizons' edges are in tests/unit/notify/upcoming.test.ts.
    expect(run.stdout.split('\n')).toContain(
      'notify   releases/2027/2027-release-wave-1: major-release notice (90 days before the first stage) at 2027-01-05 18:00 UTC — 2027 release wave 1',
    );
  });
});
