/**
 * A build with many entry pages to render renders their bodies on the other
 * core (src/build/bodies-ahead.ts), from HELIOGRAPH_BODIES_AHEAD_FROM pages
 * (5000 unless set; set lower here, so the test stays small). Checked from the
 * outside: the build says every page took its body from there, and each page
 * shows its own body.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { writeCorpus } from '../../../scripts/bench/corpus.ts';
import { cacheDirFor } from '../../../src/build/build-site.ts';
import { runBuild } from '../../support/build.ts';
import { ROOT, SAMPLE_CONTENT, SAMPLE_NOW } from '../../support/paths.ts';

const ENTRIES = 240;
const root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-bodies-ahead-'));
const content = path.join(root, 'content');
const out = path.join(root, 'dist');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  // Its build caches go with it (they are kept per content folder).
  rmSync(path.join(ROOT, cacheDirFor(content)), { recursive: true, force: true });
});

describe(`a cold build of ${ENTRIES} entries`, () => {
  writeCorpus(content, ENTRIES, SAMPLE_NOW, SAMPLE_CONTENT);
  const run = runBuild({ content, now: SAMPLE_NOW, out, env: { HELIOGRAPH_LOG: 'debug', HELIOGRAPH_BODIES_AHEAD_FROM: String(ENTRIES) } });

  it('renders every entry body on the other core', () => {
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    // In the order the pages ask for them: none out of turn.
    expect(run.stdout).toContain(`entry bodies rendered ahead on the other core: ${ENTRIES} of ${ENTRIES} (0 asked for out of turn)`);
  });

  it("shows each entry's own body on its page", () => {
    let pages = 0;
    for (const kind of ['incidents', 'maintenance', 'releases', 'notices']) {
      const dir = path.join(content, kind);
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
        const html = readFileSync(path.join(out, kind, file.replace(/\.md$/, ''), 'index.html'), 'utf8');
        // The corpus writes plain paragraphs, some under a `## ` heading line: each paragraph is a <p> of its own words.
        const paragraphs = matter(readFileSync(path.join(dir, file), 'utf8'))
          .content.split(/\n\n+/)
          .map((block) => block.replace(/^## .*\n/, '').trim())
          .filter((p) => p !== '');
        expect(paragraphs.length, file).toBeGreaterThan(0);
        for (const p of paragraphs) expect(html, `${kind}/${file}`).toContain(`<p>${p}</p>`);
        pages++;
      }
    }
    expect(pages).toBe(ENTRIES);
  });
});

describe('HELIOGRAPH_BODIES_AHEAD_FROM', () => {
  it(`left unset, a build of ${ENTRIES} entries renders their bodies on the build's own thread (the default is 5000)`, () => {
    const run = runBuild({ content, now: SAMPLE_NOW, out: path.join(root, 'default'), env: { HELIOGRAPH_LOG: 'debug', HELIOGRAPH_BODIES_AHEAD_FROM: '' } });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain(`entry bodies rendered ahead on the other core: 0 of ${ENTRIES} (0 asked for out of turn)`);
  });

  it('stops the build before anything is written when it is not a whole number, naming what it found and expected', () => {
    const before = readFileSync(path.join(out, 'index.html'));
    const run = runBuild({ content, now: SAMPLE_NOW, out, env: { HELIOGRAPH_BODIES_AHEAD_FROM: 'lots' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('environment: HELIOGRAPH_BODIES_AHEAD_FROM: found "lots", expected a whole number of entry pages');
    expect(run.stderr).toContain('Build stopped: 1 error in HELIOGRAPH_BODIES_AHEAD_FROM. Nothing was written');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(out, 'index.html')).equals(before)).toBe(true);
  });
});
