import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cacheControlOf, headerRules } from '../../support/headers.ts';
import { ROOT } from '../../support/paths.ts';

const workflow = (name: string) => parse(readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8'));
const steps = (job: { steps: { id?: string; if?: string; run?: string; uses?: string; with?: Record<string, unknown> }[] }) => job.steps;

describe('GitHub Actions workflows', () => {
  it('pull requests fail on content errors only, annotate warnings on the changed files, and run every test after npm ci', () => {
    const pr = workflow('pr.yml');
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    const all = steps(pr.jobs['check-and-test']) as { run?: string; env?: Record<string, string> }[];
    const runs = all.map((s) => s.run ?? '');
    expect(runs.some((r) => /apt-get install .*chromium/.test(r))).toBe(true);
    expect(runs).toContain('npm ci --no-audit --no-fund');
    const check = all.find((s) => s.run?.includes(' check '))!;
    expect(check.run).toBe('npm run --silent check -- --format github --changed "$(git diff --name-only "origin/$BASE_REF...HEAD")"');
    // The base branch reaches the shell as a variable, never spliced into the script.
    expect(check.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(runs.join('\n')).not.toContain('--strict');
    expect(runs).toContain('npm test');
    expect(runs.indexOf('npm ci --no-audit --no-fund')).toBeLessThan(runs.indexOf(check.run!));
    expect(JSON.stringify(pr)).not.toMatch(/comment/i);
  });

  it('deploys on push to main, every 10 minutes and by hand, one run at a time, with full history and the previous build restored and saved', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.on.push.branches).toEqual(['main']);
    expect(deploy.on.schedule).toEqual([{ cron: '*/10 * * * *' }]);
    expect(deploy.on).toHaveProperty('workflow_dispatch');
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    const build = steps(deploy.jobs.build);
    expect(build.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toEqual({ 'fetch-depth': 0 });
    expect(build.map((s) => s.run)).toContain('npm ci --no-audit --no-fund');
    // The previous output and Astro's cache: restored after npm ci and before the build, saved after it under the same key.
    const at = (pred: (s: (typeof build)[number]) => boolean) => build.findIndex(pred);
    const holdsOutput = (s: (typeof build)[number]) => String(s.with?.['path']).includes('dist');
    const restore = build[at((s) => (s.uses?.startsWith('actions/cache/restore') ?? false) && holdsOutput(s))]!;
    const save = build[at((s) => (s.uses?.startsWith('actions/cache/save') ?? false) && holdsOutput(s))]!;
    expect(String(restore.with?.['path']).trim().split('\n')).toEqual(['dist', 'node_modules/.astro']);
    expect(save.with?.['path']).toBe(restore.with?.['path']);
    expect(save.with?.['key']).toBe(restore.with?.['key']);
    expect(String(restore.with?.['key'])).toContain('${{ github.run_id }}');
    expect(String(restore.with?.['key'])).toMatch(new RegExp(`^${String(restore.with?.['restore-keys']).trim().replace(/[$^{}()|.*+?\\[\]]/g, '\\$&')}`));
    expect(at((s) => s.run === 'npm ci --no-audit --no-fund')).toBeLessThan(at((s) => s === restore));
    // The installed dependencies: restored by the lock file, installed and saved at once only on a miss, before the build writes node_modules/.astro.
    const deps = build[at((s) => s.uses?.startsWith('actions/cache/restore') === true && s.with?.['path'] === 'node_modules')]!;
    expect(String(deps.with?.['key'])).toContain("${{ hashFiles('package-lock.json') }}");
    expect(String(deps.with?.['key'])).toContain('${{ runner.os }}');
    const install = build[at((s) => s.run === 'npm ci --no-audit --no-fund')]!;
    const saveDeps = build[at((s) => s.uses?.startsWith('actions/cache/save') === true && s.with?.['path'] === 'node_modules')]!;
    expect(install.if).toBe(`steps.${deps.id}.outputs.cache-hit != 'true'`);
    expect(saveDeps.if).toBe(install.if);
    expect(saveDeps.with?.['key']).toBe(`\${{ steps.${deps.id}.outputs.cache-primary-key }}`);
    expect(at((s) => s === deps)).toBeLessThan(at((s) => s === install));
    expect(at((s) => s === install)).toBeLessThan(at((s) => s === saveDeps));
    expect(at((s) => s === saveDeps)).toBeLessThan(at((s) => s === restore));
    expect(at((s) => s === restore)).toBeLessThan(at((s) => s.run === 'npm run build'));
    expect(at((s) => s.run === 'npm run build')).toBeLessThan(at((s) => s === save));
    const buildStep = build.find((s) => s.run === 'npm run build')!;
    expect(JSON.stringify(buildStep)).not.toContain('HELIOGRAPH_NOW');
    expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
    expect(steps(deploy.jobs.deploy).some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});

describe('.ci/run', () => {
  const script = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
  const commands = script.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));

  it('installs with npm ci, fails on a dirty checkout, changes content/ and restores it, then runs exactly npm test', () => {
    const at = (pattern: RegExp) => commands.findIndex((l) => pattern.test(l));
    const install = at(/^npm ci\b/);
    const dirty = at(/git status --porcelain\)/);
    const trap = at(/^trap restore EXIT$/);
    const remove = at(/^rm "\$removed"$/);
    const add = at(/^npm run --silent new -- incident\b/);
    const test = commands.lastIndexOf('npm test');
    expect([install, dirty, trap, remove, add, test].every((i) => i >= 0), commands.join('\n')).toBe(true);
    expect(install).toBeLessThan(dirty);
    expect(dirty).toBeLessThan(trap);
    expect(trap).toBeLessThan(remove);
    expect(remove).toBeLessThan(test);
    expect(add).toBeLessThan(test);
    expect(test).toBe(commands.length - 1);
    expect(script).not.toMatch(/npm install\b/);
  });
});

describe('public/_headers', () => {
  const rules = headerRules();
  const cacheControl = (url: string) => cacheControlOf(rules, url);

  it('gives every page, feed, calendar, JSON file and badge exactly one short Cache-Control', () => {
    for (const url of ['/', '/index.html', '/rss.xml', '/atom.xml', '/maintenance.ics', '/badge.svg', '/incidents/2026/apj-api-errors/', '/regions/eur/rss.xml', '/regions/eur/maintenance.ics', '/components/api/badge.svg', '/api/v2/summary.json', '/history/', '/history/2026/11/', '/regions/eur/2026/11/', '/404.html']) {
      expect(cacheControl(url), url).toEqual(['public, max-age=60, stale-while-revalidate=600, stale-if-error=86400']);
    }
  });

  it('caches hashed assets for a year, immutable, and nothing else on them', () => {
    expect(cacheControl('/_astro/Base.wqUEgNGx.css')).toEqual(['public, max-age=31536000, immutable']);
  });
});
