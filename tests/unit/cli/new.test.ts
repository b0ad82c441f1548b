import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_NOW } from '../../support/paths.ts';
import { oneLineError, tempContent } from './temp-content.ts';
import type { TempContent } from './temp-content.ts';

let tmp: TempContent;
beforeAll(() => {
  tmp = tempContent();
});
afterAll(() => tmp.remove());

describe('npm run new', { timeout: 60_000 }, () => {
  it('writes each kind where the contract puts it, with the time now, and the result passes check', () => {
    const incident = tmp.run('new.ts', [
      'incident',
      '--title', 'Users in Japan cannot open dashboards',
      '--severity', 'major',
      '--impact', 'partial_outage',
      '--regions', 'jpn',
      '--components', 'reporting',
      '--text', 'We are investigating: dashboards fail to load in Japan.',
    ]);
    expect(incident.stderr).toBe('');
    expect(incident.status).toBe(0);
    expect(incident.stdout).toContain('(incidents/2026/users-in-japan-cannot-open-dashboards)');
    const text = tmp.read('incidents/2026/users-in-japan-cannot-open-dashboards.md');
    expect(text).toContain('regions: [JPN]\n');
    expect(text).toContain('started: 2026-11-21T12:00:00Z\n');
    expect(text).toContain('  - at: 2026-11-21T12:00:00Z\n    status: investigating\n');

    const maintenance = tmp.run('new.ts', [
      'maintenance',
      '--title', 'Network maintenance in Europe',
      '--regions', 'EUR,GBR',
      '--components', 'api',
      '--window', '2026-11-30T19:00Z/2026-11-30T23:00Z',
    ]);
    expect(maintenance.status).toBe(0);
    expect(tmp.read('maintenance/2026/network-maintenance-in-europe.md')).toContain(
      'window:\n  start: 2026-11-30T19:00:00Z\n  end: 2026-11-30T23:00:00Z\nannounced: 2026-11-21T12:00:00Z\n',
    );

    const release = tmp.run('new.ts', [
      'release',
      '--title', 'Service update 9.2.2612.1',
      '--type', 'minor',
      '--version', '9.2.2612.1',
      '--components', 'web-client',
      '--stage', 'FRA@2026-12-07T18:00Z',
      '--stage', 'EUR,GBR@2026-12-08T18:00Z',
    ]);
    expect(release.status).toBe(0);
    expect(tmp.read('releases/2026/9.2.2612.1.md')).toContain('version: "9.2.2612.1"\n');

    const notice = tmp.run('new.ts', ['notice', '--title', 'Legacy API retires in 2027', '--type', 'awareness', '--regions', 'global']);
    expect(notice.status).toBe(0);
    expect(tmp.read('notices/2026/legacy-api-retires-in-2027.md')).toContain('published: 2026-11-21T12:00:00Z\n');

    const check = tmp.check();
    expect(check.stdout).not.toMatch(/(users-in-japan|network-maintenance-in-europe|9\.2\.2612\.1|legacy-api)\.md:\d+: (?!warning)/);
    expect(check.stdout).toContain('check passed: 0 errors');
    expect(check.status).toBe(0);
  });

  it('refuses to overwrite an existing file', () => {
    const before = tmp.read('notices/2026/tls-1-0-1-1-retirement.md');
    const run = tmp.run('new.ts', ['notice', '--title', 'TLS 1.0 1.1 retirement', '--type', 'awareness', '--regions', 'global']);
    expect(run.status).toBe(1);
    expect(oneLineError(run)).toMatch(/tls-1-0-1-1-retirement\.md already exists; pick another --slug/);
    expect(tmp.read('notices/2026/tls-1-0-1-1-retirement.md')).toBe(before);
  });

  it('names the missing flags when not run in a terminal, and writes nothing', () => {
    const run = tmp.run('new.ts', ['incident', '--title', 'Search is slow']);
    expect(run.status).toBe(2);
    expect(oneLineError(run)).toBe(
      'error: missing --severity (minor or major), --impact (degraded_performance, partial_outage, major_outage), --regions (region codes such as NAM,EUR, or global), --components (component ids such as sign-in,api), --text (the first update customers read); see --help',
    );
    expect(existsSync(tmp.file('incidents/2026/search-is-slow.md'))).toBe(false);
  });

  // util-linux `script` (Debian's essential bsdutils package) runs the command
  // in a pseudo-terminal, as an engineer would. Never skipped: a missing
  // `script` is a broken machine, not a reason to pass.
  it('asks for the missing flags when run in a terminal', () => {
    const command = `'${process.execPath}' src/cli/new.ts notice --title 'Prompted notice' --content '${tmp.content}'`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: ROOT,
      input: 'awareness\nglobal\n',
      encoding: 'utf8',
      env: { ...process.env, HELIOGRAPH_NOW: SAMPLE_NOW },
    });
    expect(run.stdout).toContain('type (awareness or readiness): ');
    expect(run.stdout).toContain('regions (region codes, or global): ');
    expect(run.status).toBe(0);
    expect(tmp.read('notices/2026/prompted-notice.md')).toContain('type: awareness\npublished: 2026-11-21T12:00:00Z\nregions: [global]\n');
  });

  it('gives one clear line for bad arguments', () => {
    expect(oneLineError(tmp.run('new.ts', []))).toMatch(/missing the kind/);
    expect(oneLineError(tmp.run('new.ts', ['outage']))).toMatch(/found "outage", expected incident, maintenance, release or notice/);
    const badSeverity = tmp.run('new.ts', ['incident', '--title', 'x', '--severity', 'huge', '--impact', 'major_outage', '--regions', 'NAM', '--components', 'api', '--text', 'x']);
    expect(badSeverity.status).toBe(2);
    expect(oneLineError(badSeverity)).toBe('error: --severity: found "huge", expected one of minor, major');
    expect(oneLineError(tmp.run('new.ts', ['notice', '--title', 'x', '--type', 'awareness', '--regions', 'NAM', '--window', 'a/b']))).toMatch(/--window does not apply to notice/);
    expect(oneLineError(tmp.run('new.ts', ['maintenance', '--title', 'x', '--regions', 'NAM', '--window', '2026-11-30T19:00/2026-11-30T23:00Z']))).toMatch(/--window start: .*without a zone/);
    expect(tmp.run('new.ts', ['notice', '--bogus']).status).toBe(2);
  });

  it('refuses an entry that would not pass check, naming the file and field', () => {
    const run = tmp.run('new.ts', ['incident', '--title', 'Mars is down', '--severity', 'minor', '--impact', 'major_outage', '--regions', 'MARS', '--components', 'api', '--text', 'x']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/refused: the result would not pass check/);
    expect(run.stderr).toMatch(/incidents\/2026\/mars-is-down\.md:\d+: regions\.0: found unknown region "MARS"/);
    expect(existsSync(tmp.file('incidents/2026/mars-is-down.md'))).toBe(false);
  });

  it('has --help', () => {
    const run = tmp.run('new.ts', ['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run new -- <incident\|maintenance\|release\|notice>/);
  });
});
