import { describe, expect, it } from 'vitest';
import { runCliScript } from '../../support/build.ts';
import { SAMPLE_NOW } from '../../support/paths.ts';

/** The sample copy, relative to the project root so problems read tests/fixtures/sample/…; never content/. */
const SAMPLE = ['--content', 'tests/fixtures/sample'];

const pinned = { HELIOGRAPH_NOW: SAMPLE_NOW };

describe('npm run check', { timeout: 60_000 }, () => {
  it('passes the sample content with its warnings, exit 0', () => {
    const run = runCliScript('check.ts', SAMPLE, pinned);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('check passed: 0 errors, 3 warnings');
    expect(run.stdout).toMatch(/^tests\/fixtures\/sample\/incidents\/2026\/apj-api-errors\.md:\d+: warning: resolved: PIR due by 2026-11-25 24:00 UTC/m);
  });

  it('fails on warnings with --strict', () => {
    const run = runCliScript('check.ts', ['--strict', ...SAMPLE], pinned);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('check failed: 0 errors, 3 warnings');
  });

  it('reports every problem of broken content as file:line: field: message, exit 1, no stack trace', () => {
    const run = runCliScript('check.ts', ['--content', 'tests/fixtures/broken'], pinned);
    expect(run.status).toBe(1);
    const problems = run.stdout.split('\n').filter((l) => l.startsWith('tests/fixtures/broken/'));
    expect(problems.length).toBeGreaterThanOrEqual(30);
    for (const line of problems) expect(line).toMatch(/^tests\/fixtures\/broken\/[^:]+(:\d+)?: [^:]+: (found|missing)/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(problems).toContain(
      'tests/fixtures/broken/incidents/2026/impossible-offset.md:7: started: found "2026-10-21T14:05:00+25:00", expected an ISO 8601 time with a zone, e.g. 2026-11-03T08:12:00Z; this is an offset that is no real UTC offset (+25:00; offsets run from -12:00 to +14:00)',
    );
  });

  it('names a missing content folder and a bad HELIOGRAPH_NOW without a stack trace', () => {
    const missing = runCliScript('check.ts', ['--content', 'no-such-folder'], pinned);
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('no-such-folder: -: found no such folder, expected the content folder');
    const badNow = runCliScript('check.ts', SAMPLE, { HELIOGRAPH_NOW: 'tomorrow' });
    expect(badNow.status).toBe(1);
    expect(badNow.stderr).toBe('error: HELIOGRAPH_NOW: found "tomorrow" (not an ISO 8601 time), expected an ISO 8601 time with a zone such as 2026-11-21T12:00:00Z\n');
  });

  it('refuses an unknown option with exit 2', () => {
    const run = runCliScript('check.ts', ['--strcit'], pinned);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: .*--strcit/);
  });
});
