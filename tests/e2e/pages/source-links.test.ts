import { appendFileSync, cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../support/build.ts';
import { ROOT, SAMPLE_CONTENT, SAMPLE_NOW } from '../../support/paths.ts';

// The sample content outside git, with a repository named in site.yaml.
const WORK = path.join(ROOT, '.heliograph/test/pages-repo');
const CONTENT = path.join(WORK, 'content');
const OUT = path.join(WORK, 'dist');
const REPO = 'https://github.com/org/status';

const page = (p: string) => readFileSync(path.join(OUT, p, 'index.html'), 'utf8');

describe('entry pages name their source when site.repo is set', () => {
  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    cpSync(SAMPLE_CONTENT, CONTENT, { recursive: true });
    appendFileSync(path.join(CONTENT, 'site.yaml'), `repo: ${REPO}/\n`);
    const run = runBuild({ content: CONTENT, now: SAMPLE_NOW, out: OUT });
    if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
  });

  it('links View source and History to the entry’s file', () => {
    const html = page('incidents/2026/eur-gbr-sign-in-failures');
    const file = path.relative(ROOT, path.join(CONTENT, 'incidents/2026/eur-gbr-sign-in-failures.md'));
    expect(html).toContain(`href="${REPO}/blob/HEAD/${file}"`);
    expect(html).toContain(`href="${REPO}/commits/HEAD/${file}"`);
    expect(html).toMatch(/>View source</);
  });

  it('falls back to the front matter for "Last changed" outside git', () => {
    const html = page('incidents/2026/eur-gbr-sign-in-failures');
    expect(html).toMatch(/Last changed <time datetime="2026-11-21T11:47:00.000Z"/);
    expect(page('releases/2026/9.2.2611.2')).toMatch(/Last changed <time datetime="[^"]+"/);
  });
});
