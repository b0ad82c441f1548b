import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliScript } from '../../support/build.ts';
import { SAMPLE_NOW } from '../../support/paths.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'heliograph-check-github-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const POLICY = 'tests/fixtures/policy';
const PIR_LATE = 'tests/fixtures/policy/incidents/2026/pir-late.md';
const OVERRAN = 'tests/fixtures/policy/maintenance/2026/overran.md';

function check(args: string[], summary?: string) {
  return runCliScript('check.ts', args, { HELIOGRAPH_NOW: SAMPLE_NOW, ...(summary ? { GITHUB_STEP_SUMMARY: summary } : {}) });
}

describe('npm run check -- --format github (the pull-request check)', { timeout: 60_000 }, () => {
  it('passes with warnings: annotates the changed files’ warnings, prints the others plainly, and writes the job summary', () => {
    const summary = path.join(dir, 'warnings.md');
    const run = check(['--content', POLICY, '--format', 'github', '--changed', `${PIR_LATE}\n${OVERRAN}\n`], summary);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([
      `::warning file=${PIR_LATE},line=16,title=pir_published::PIR published late: due by 2026-11-09 24:00 UTC, published 3 business days after`,
      `::warning file=${OVERRAN},line=7,title=window.end::window ended 2026-11-21 05:00 UTC and no completed: time is recorded; the site shows the work as running past its window`,
    ]);
    expect(lines).toContain('tests/fixtures/policy/incidents/2026/pir-due-over-holiday.md:8: warning: resolved: PIR due by 2026-11-30 24:00 UTC (5 business days after resolution)');
    expect(lines.at(-1)).toBe('check passed: 0 errors, 9 warnings');
    const written = readFileSync(summary, 'utf8');
    expect(written).toMatch(/^### Content check\n\n\*\*Passed:\*\* 9 warnings \(reported, never blocking\)\.\n/);
    expect(written).toContain(`| warning | ${PIR_LATE}:16 | pir_published | PIR published late: due by 2026-11-09 24:00 UTC, published 3 business days after |`);
  });

  it('leaves out a policy miss that is over and done when its file is not changed', () => {
    const run = check(['--content', POLICY, '--format', 'github', '--changed', OVERRAN]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('pir-late.md');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('check passed: 0 errors, 8 warnings');
  });

  it('fails on errors, annotating each one', () => {
    const summary = path.join(dir, 'errors.md');
    const run = check(['--content', 'tests/fixtures/broken', '--format', 'github', '--changed', ''], summary);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error file=tests/fixtures/broken/incidents/2026/no-zone.md,line=7,title=started::found "2026-11-03T08:12:00", expected an ISO 8601 time with a zone, e.g. 2026-11-03T08:12:00Z; this is a time without a zone\n');
    expect(run.stdout).toMatch(/\ncheck failed: \d+ errors, \d+ warnings?\n$/);
    expect(readFileSync(summary, 'utf8')).toMatch(/\*\*Failed:\*\* \d+ errors/);
  });

  it('refuses an unknown format with exit 2 and one line', () => {
    const run = check(['--content', POLICY, '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: --format: found "xml", expected text or github\n');
  });
});
