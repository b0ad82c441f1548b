import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitLastChanged } from '../../../src/lib/git/last-changed.ts';
import { ROOT, SAMPLE_CONTENT, SAMPLE_NOW } from '../../support/paths.ts';

// A copy of the project in a folder that is not a git checkout (a release
// tarball, a CI cache restore): last-changed times come from the front matter.
// Then the same folder made a repository with one commit at a known time:
// last-changed times come from that commit.
const project = mkdtempSync(path.join(os.tmpdir(), 'heliograph-no-git-'));
const out = path.join(project, 'dist');
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  // The build keeps one Astro cache per content folder; drop this one.
  rmSync(path.join(ROOT, 'node_modules/.astro', path.join(project, 'content').replace(/[^a-zA-Z0-9]+/g, '_')), { recursive: true, force: true });
});

const COMMITTED = '2026-11-20T08:30:00.000Z';
const git = (...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: COMMITTED, GIT_COMMITTER_DATE: COMMITTED, GIT_CEILING_DIRECTORIES: path.dirname(project) },
  });
const isGitCheckout = () => git('rev-parse', '--is-inside-work-tree').status === 0;

function build() {
  rmSync(out, { recursive: true, force: true });
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, HELIOGRAPH_NOW: SAMPLE_NOW, HELIOGRAPH_CONTENT: 'content', HELIOGRAPH_OUT: out, GIT_CEILING_DIRECTORIES: path.dirname(project) },
  });
}
const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
const lastChanged = (html: string) => /Last changed <time datetime="([^"]+)"/.exec(html)?.[1];

describe('last-changed times with and without git', { timeout: 600_000 }, () => {
  it('gitLastChanged gives an empty map outside a checkout', () => {
    cpSync(SAMPLE_CONTENT, path.join(project, 'content'), { recursive: true });
    expect(isGitCheckout()).toBe(false);
    expect(gitLastChanged('content', project).size).toBe(0);
  });

  it('outside git, the build writes every entry page with its front-matter times', () => {
    for (const name of ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      if (existsSync(path.join(ROOT, name))) cpSync(path.join(ROOT, name), path.join(project, name), { recursive: true });
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    const run = build();
    expect(run.stderr).not.toMatch(/fatal|Build failed|error/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Built \d+ pages/);
    const incident = page('incidents/2026/apj-api-errors');
    expect(incident).toContain('Web API requests fail in Asia Pacific');
    // The latest time in its front matter: the resolved update at 09:15.
    expect(lastChanged(incident)).toBe('2026-11-18T09:15:00.000Z');
    // The site footer says when the build's "now" was.
    expect(incident).toMatch(/Page built <time datetime="2026-11-21T12:00:00.000Z"/);
    // Announced and not updated since.
    expect(lastChanged(page('maintenance/2026/nam-can-database-upgrade'))).toBe('2026-11-18T09:00:00.000Z');
  });

  it('in a git checkout, last changed is the time of the file’s last commit', () => {
    expect(git('init', '-q').status).toBe(0);
    expect(git('add', 'content').status).toBe(0);
    expect(git('commit', '-q', '-m', 'content').status).toBe(0);
    expect(isGitCheckout()).toBe(true);
    const commits = gitLastChanged('content', project);
    expect(commits.get('content/incidents/2026/apj-api-errors.md')).toBe(COMMITTED);
    expect(commits.size).toBeGreaterThan(40);
    expect(build().status).toBe(0);
    expect(lastChanged(page('incidents/2026/apj-api-errors'))).toBe(COMMITTED);
  });
});
