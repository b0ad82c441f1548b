import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addedLines } from '../authoring/insertion.ts';
import { oneLineError, tempContent } from './temp-content.ts';
import type { TempContent } from './temp-content.ts';

const OPEN = 'incidents/2026/eur-gbr-sign-in-failures.md';

let tmp: TempContent;
beforeAll(() => {
  tmp = tempContent();
  // The way authors write by hand: comments, aligned comments, quoting, a blank line.
  const original = tmp.read(OPEN);
  const commented = original
    .replace('severity: major\n', 'severity: major            # minor | major: a major incident owes a PIR\n')
    .replace('tracking_id: CC-2611-0417\n', "tracking_id: 'CC-2611-0417'   # quote to support\n")
    .replace('updates:\n', '\n# Oldest first; next update every 30 minutes.\nupdates:   # keep adding below\n');
  expect(commented).not.toBe(original);
  tmp.write(OPEN, commented);
});
afterAll(() => tmp.remove());

describe('npm run update', { timeout: 60_000 }, () => {
  it('appends the update and keeps every other byte: comments, key order, quoting', () => {
    const before = tmp.read(OPEN);
    const run = tmp.run('update.ts', ['2026/eur-gbr-sign-in-failures', '--status', 'monitoring', '--text', 'All gateway instances are replaced; sign-in works. We are monitoring.']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const after = tmp.read(OPEN);
    expect(addedLines(before, after)).toEqual([
      '  - at: 2026-11-21T12:00:00Z',
      '    status: monitoring',
      '    text: All gateway instances are replaced; sign-in works. We are monitoring.',
    ]);
    // Exactly one insertion, right after the last update.
    const at = after.indexOf('  - at: 2026-11-21T12:00:00Z');
    expect(after.slice(0, at) + after.slice(at + after.slice(at).indexOf('---\n'))).toBe(before);
    expect(tmp.check().stdout).toContain('check passed: 0 errors');
  });

  it('takes --at, a collection prefix or a file path, and maintenance statuses', () => {
    const at = tmp.run('update.ts', ['incidents/2026/eur-gbr-sign-in-failures', '--status', 'monitoring', '--text', 'Still fine.', '--at', '2026-11-21T12:20Z']);
    expect(at.status).toBe(0);
    expect(tmp.read(OPEN)).toContain('  - at: 2026-11-21T12:20:00Z\n    status: monitoring\n    text: Still fine.\n');

    const maintenance = 'maintenance/2026/jpn-oce-storage-upgrade.md';
    const before = tmp.read(maintenance);
    const run = tmp.run('update.ts', [tmp.file(maintenance), '--status', 'verifying', '--text', 'The storage is upgraded; we are verifying.']);
    expect(run.status).toBe(0);
    expect(addedLines(before, tmp.read(maintenance))).toEqual(['  - at: 2026-11-21T12:00:00Z', '    status: verifying', '    text: The storage is upgraded; we are verifying.']);
    expect(tmp.check().status).toBe(0);
  });

  it('refuses an update the result of which would not pass check, and leaves the file alone', () => {
    const before = tmp.read(OPEN);
    const run = tmp.run('update.ts', ['2026/eur-gbr-sign-in-failures', '--status', 'identified', '--text', 'Too early.', '--at', '2026-11-21T09:00Z']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/refused: the result would not pass check/);
    expect(run.stderr).toMatch(/eur-gbr-sign-in-failures\.md:\d+: updates\.\d+\.at: found 2026-11-21 09:00 UTC, expected a time at or after/);
    expect(tmp.read(OPEN)).toBe(before);
  });

  it('refuses an update to a resolved incident and bad arguments with one line', () => {
    const resolved = tmp.read('incidents/2026/apj-api-errors.md');
    const run = tmp.run('update.ts', ['2026/apj-api-errors', '--status', 'monitoring', '--text', 'x']);
    expect(run.status).toBe(1);
    expect(oneLineError(run)).toBe('error: the incident is already resolved (resolved: 2026-11-18T09:15:00Z); an update after resolution would contradict it');
    expect(tmp.read('incidents/2026/apj-api-errors.md')).toBe(resolved);

    expect(oneLineError(tmp.run('update.ts', ['2026/no-such-thing', '--status', 'identified', '--text', 'x']))).toMatch(/no such incidents or maintenance entry/);
    expect(oneLineError(tmp.run('update.ts', ['2026/eur-gbr-sign-in-failures', '--status', 'resolved', '--text', 'x']))).toMatch(/npm run resolve/);
    expect(oneLineError(tmp.run('update.ts', ['2026/eur-gbr-sign-in-failures', '--text', 'x']))).toBe('error: missing --status; see --help');
    expect(tmp.run('update.ts', ['2026/eur-gbr-sign-in-failures', '--status', 'identified', '--text', 'x', '--at', 'noon']).status).toBe(2);
    expect(tmp.run('update.ts', ['--help']).stdout).toMatch(/^Usage: npm run update -- <entry>/);
  });
});
