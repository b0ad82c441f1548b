import { describe, expect, it } from 'vitest';
import { runCliScript } from '../../support/build.ts';
import { SAMPLE_CONTENT, SAMPLE_NOW } from '../../support/paths.ts';

// The sample copy, never content/ (a team replaces that with its own).
const check = (...args: string[]) => runCliScript('check.ts', [...args, '--content', SAMPLE_CONTENT], { HELIOGRAPH_NOW: SAMPLE_NOW });

describe('npm run check -- --due', { timeout: 60_000 }, () => {
  it('lists the sample PIRs due and overdue at the sample time, with dates, one per line', () => {
    const run = check('--due');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContain('overdue  incidents/2026/ind-reporting-outage: PIR overdue since 2026-11-12 24:00 UTC — Reports and dashboards unavailable in India');
    expect(lines).toContain('due      incidents/2026/apj-api-errors: PIR due by 2026-11-25 24:00 UTC — Web API requests fail in Asia Pacific');
    expect(lines.indexOf(lines.find((l) => l.includes('ind-reporting-outage'))!)).toBeLessThan(lines.indexOf(lines.find((l) => l.includes('apj-api-errors'))!));
    expect(lines.at(-1)).toMatch(/^\d+ due, \d+ overdue at 2026-11-21 12:00 UTC$/);
    // Only the list: no validation warnings in this mode.
    expect(run.stdout).not.toContain('warning:');
  });

  it('exits 1 with --strict when something is overdue, and 0 when nothing is', () => {
    expect(check('--due', '--strict').status).toBe(1);
    const later = runCliScript('check.ts', ['--due', '--strict', '--content', SAMPLE_CONTENT], { HELIOGRAPH_NOW: '2025-01-01T00:00:00Z' });
    expect(later.stdout).not.toMatch(/^overdue/m);
    expect(later.status).toBe(0);
  });

  it('keeps plain check as it was', () => {
    const run = check();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ind-reporting-outage\.md:\d+: warning: resolved: PIR overdue since/);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^check passed: 0 errors, \d+ warnings$/);
    expect(check('--help').stdout).toContain('--due');
  });
});
