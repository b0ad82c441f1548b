import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addedLines } from '../authoring/insertion.ts';
import { oneLineError, tempContent } from './temp-content.ts';
import type { TempContent } from './temp-content.ts';

let tmp: TempContent;
beforeAll(() => {
  tmp = tempContent();
});
afterAll(() => tmp.remove());

describe('npm run resolve', { timeout: 60_000 }, () => {
  it('adds resolved: and the final update, and prints when the PIR of a major incident is due', () => {
    const file = 'incidents/2026/eur-gbr-sign-in-failures.md';
    const before = tmp.read(file);
    const run = tmp.run('resolve.ts', ['2026/eur-gbr-sign-in-failures', '--text', 'Sign-in has worked normally since 11:55 UTC.']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Resolved on Saturday 21 November: five business days end on Friday 27 November.
    expect(run.stdout).toContain('post-incident report is due by 2026-11-27 24:00 UTC (5 business days after resolution)');
    expect(addedLines(before, tmp.read(file))).toEqual([
      'resolved: 2026-11-21T12:00:00Z',
      '  - at: 2026-11-21T12:00:00Z',
      '    status: resolved',
      '    text: Sign-in has worked normally since 11:55 UTC.',
    ]);
    const check = tmp.check();
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/eur-gbr-sign-in-failures\.md:\d+: warning: resolved: PIR due by 2026-11-27 24:00 UTC/);
  });

  it('refuses an incident that is already resolved with a clear message and leaves it unchanged', () => {
    const file = 'incidents/2026/apj-api-errors.md';
    const before = tmp.read(file);
    const run = tmp.run('resolve.ts', ['incidents/2026/apj-api-errors', '--text', 'Resolved again.']);
    expect(run.status).toBe(1);
    expect(oneLineError(run)).toBe('error: the incident is already resolved (resolved: 2026-11-18T09:15:00Z); nothing was changed');
    expect(tmp.read(file)).toBe(before);
  });

  it('says nothing about a PIR for a minor incident, and refuses bad arguments', () => {
    const minor = 'incidents/2026/minor-test.md';
    tmp.write(minor, '---\ntitle: Slow search\nseverity: minor\nimpact: degraded_performance\nregions: [NAM]\ncomponents: [search]\nstarted: 2026-11-21T11:00:00Z\nupdates:\n  - at: 2026-11-21T11:05:00Z\n    status: investigating\n    text: Looking.\n---\n');
    const run = tmp.run('resolve.ts', ['2026/minor-test', '--text', 'Fast again.', '--at', '2026-11-21T11:50Z']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/post-incident/);
    expect(tmp.read(minor)).toContain('resolved: 2026-11-21T11:50:00Z\n');

    expect(oneLineError(tmp.run('resolve.ts', ['2026/eur-gbr-sign-in-failures']))).toMatch(/missing --text/);
    expect(oneLineError(tmp.run('resolve.ts', ['maintenance/2026/jpn-oce-storage-upgrade', '--text', 'x']))).toMatch(/expected incidents, found maintenance/);
    expect(tmp.run('resolve.ts', ['--help']).stdout).toMatch(/^Usage: npm run resolve -- <incident>/);
  });
});
