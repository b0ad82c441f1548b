import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitLastChanged } from '../../../src/lib/git/last-changed.ts';
import { ROOT, SAMPLE_CONTENT, SAMPLE_NOW } from '../../support/paths.ts';

// A copy of the project in a folder that is not a git checkout (a release
// tarball, a CI cache restore): last-changed times come from the front matter.
const project = mkdtempSync(path.join(os.tmpdir(), 'heliograph-no-git-'));
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  // The build keeps one Astro cache per content folder; drop this one.
  rmSync(path.join(ROOT, 'node_modules/.astro', path.join(project, 'content').replace(/[^a-zA-Z0-9]+/g, '_')), { recursive: true, force: true });
});

const isGitCheckout = (dir: string) => spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, encoding: 'utf8' }).status === 0;

describe('outside a git checkout', { timeout: 600_000 }, () => {
  it('gitLastChanged gives an empty map, while the checkout itself has commits', () => {
    cpSync(SAMPLE_CONTENT, path.join(project, 'content'), { recursive: true });
    expect(isGitCheckout(project)).toBe(false);
    expect(gitLastChanged('content', project).size).toBe(0);
    if (isGitCheckout(ROOT)) expect(gitLastChanged('tests/fixtures/sample', ROOT).size).toBeGreaterThan(0);
  });

  it('the build succeeds and writes every entry page', () => {
    for (const name of ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      if (existsSync(path.join(ROOT, name))) cpSync(path.join(ROOT, name), path.join(project, name), { recursive: true });
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    const out = path.join(project, 'dist');
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, HELIOGRAPH_NOW: SAMPLE_NOW, HELIOGRAPH_CONTENT: 'content', HELIOGRAPH_OUT: out },
    });
    expect(run.stderr).not.toMatch(/fatal|Build failed|error/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Built \d+ pages/);
    expect(existsSync(path.join(out, 'incidents/2026/apj-api-errors/index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'maintenance/2026/nam-can-database-upgrade/index.html'))).toBe(true);
  });
});
