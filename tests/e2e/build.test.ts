import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build.ts';
import { SAMPLE_DIST, SAMPLE_NOW } from '../support/paths.ts';

describe('the sample site build', () => {
  it('writes the home page, an entry page per entry and a 404 page', () => {
    expect(existsSync(path.join(SAMPLE_DIST, 'index.html'))).toBe(true);
    expect(readFileSync(path.join(SAMPLE_DIST, 'index.html'), 'utf8')).toContain('Contoso Cloud Status');
    expect(existsSync(path.join(SAMPLE_DIST, 'incidents/2026/eur-gbr-sign-in-failures/index.html'))).toBe(true);
    expect(existsSync(path.join(SAMPLE_DIST, 'releases/2026/9.2.2611.2/index.html'))).toBe(true);
    expect(existsSync(path.join(SAMPLE_DIST, '404.html'))).toBe(true);
  });
});

describe('a build of broken content', () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'heliograph-broken-')), 'dist');
  afterAll(() => rmSync(path.dirname(out), { recursive: true, force: true }));
  mkdirSync(out);
  writeFileSync(path.join(out, 'index.html'), 'previous site');
  const run = runBuild({ content: 'tests/fixtures/broken', now: SAMPLE_NOW, out });

  it('exits non-zero with file, line, field and expectation, and no stack trace', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('tests/fixtures/broken/incidents/2026/no-zone.md:7: started: found "2026-11-03T08:12:00", expected an ISO 8601 time with a zone');
    expect(run.stdout).toContain('tests/fixtures/broken/regions.yaml:9: 2.code: found "NAM" again');
    expect(run.stderr).toContain('Build stopped: ');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('leaves the previous output untouched and writes nothing beside it', () => {
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(path.dirname(out))).toEqual(['dist']);
  });
});
