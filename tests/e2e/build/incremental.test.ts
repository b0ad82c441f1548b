/**
 * A rebuild keeps the pages whose inputs did not change and renders the rest;
 * whatever it keeps, its output must be byte for byte what a cold build of the
 * same content at the same pinned time writes. One output folder goes through
 * the steps a team's site goes through — an edit, an addition and a deletion,
 * a rename, time passing, a settings change, a broken commit — and after each
 * step it is compared, file by file, with a cold build into an empty folder.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../support/build.ts';
import { differences, tree } from '../../support/trees.ts';
import { ROOT, SAMPLE_CONTENT, SAMPLE_NOW } from '../../support/paths.ts';
import { cacheDirFor, countFiles } from '../../../src/build/build-site.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-incremental-'));
const content = path.join(root, 'content');
const live = path.join(root, 'dist');
let colds = 0;

interface Counts {
  rendered: number;
  kept: number;
}

function build(out: string, now: string): Counts {
  const run = runBuild({ content, now, out });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const m = /(\d+) rendered, (\d+) kept from the previous build/.exec(run.stdout);
  expect(m, run.stdout).not.toBeNull();
  return { rendered: Number(m![1]), kept: Number(m![2]) };
}

/** Rebuilds the live folder, builds the same content cold, and returns both trees and the rebuild's counts. */
function rebuildAndCompare(now: string): { counts: Counts; live: Map<string, string>; cold: Map<string, string> } {
  const counts = build(live, now);
  const coldOut = path.join(root, `cold-${++colds}`);
  const coldCounts = build(coldOut, now);
  expect(coldCounts.kept).toBe(0);
  const result = { counts, live: tree(live), cold: tree(coldOut) };
  // The counts the build reports add up to the pages in the output, counted here by walking it.
  const pages = (t: Map<string, string>) => [...t.keys()].filter((file) => file.endsWith('.html')).length;
  expect(coldCounts.rendered).toBe(pages(result.cold));
  expect(counts.rendered + counts.kept).toBe(pages(result.live));
  rmSync(coldOut, { recursive: true, force: true });
  return result;
}

const entry = (rel: string) => path.join(content, rel);
const OLD_INCIDENT = 'incidents/2026/nam-cannot-save-records.md';
const PAGE = (rel: string) => `${rel.replace(/\.md$/, '')}/index.html`;

beforeAll(() => {
  cpSync(SAMPLE_CONTENT, content, { recursive: true });
  build(live, SAMPLE_NOW);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  // Its build caches go with it (they are kept per content folder).
  rmSync(path.join(ROOT, cacheDirFor(content)), { recursive: true, force: true });
});

describe('a rebuild with nothing changed', () => {
  it('keeps most pages and writes the same bytes as before', () => {
    const before = tree(live);
    const counts = build(live, SAMPLE_NOW);
    expect(counts.kept).toBeGreaterThan(counts.rendered);
    expect(differences(tree(live), before)).toEqual([]);
    // The manifest is the build's own record, kept beside Astro's cache: the output carries only its id.
    expect([...before.keys()].filter((f) => f.includes('manifest'))).toEqual([]);
    expect(before.has('.heliograph-build')).toBe(true);
    // The output before the live one stays beside it, for the next build to use its folders again.
    expect(existsSync(`${live}.spare`)).toBe(true);
  });

  it('leaves the spare tree to be emptied of its files between builds, its folders kept for the next', async () => {
    // A detached child does it after the build has returned: wait for it (a bound for a test, not a speed target).
    const spare = `${live}.spare`;
    const deadline = Date.now() + 120_000;
    while (countFiles(spare) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(countFiles(spare)).toBe(0);
    expect(readdirSync(spare)).toContain('incidents');
  });

  it('keeps the outputs of months and quarters that are over and settled, and renders the running ones again', () => {
    // A kept file is the previous output's file, linked in: the same inode. A rendered one is a new file.
    const settled = ['sla/2025/06/index.html', 'sla/2025/06.csv', 'sla/2025/06.json', 'policy/2025-q3/index.html'];
    const running = ['sla/2026/11/index.html', 'sla/2026/11.csv', 'sla/2026/11.json', 'policy/2026-q4/index.html'];
    const inode = (file: string) => statSync(path.join(live, file)).ino;
    const before = new Map([...settled, ...running].map((file) => [file, inode(file)]));
    build(live, SAMPLE_NOW);
    expect(settled.filter((file) => inode(file) !== before.get(file))).toEqual([]);
    expect(running.filter((file) => inode(file) === before.get(file))).toEqual([]);
    // A settled month's page is timeless: it carries no build time.
    expect(readFileSync(path.join(live, settled[0]!), 'utf8')).not.toContain('data-build-time');
    expect(readFileSync(path.join(live, running[0]!), 'utf8')).toContain('data-build-time');
  });

  it('keeps every feed and calendar, the JSON files for machines, the badges, the favicons and the pages of years that are over, and renders the pages that carry the build time again', () => {
    const kept = [
      'rss.xml',
      'atom.xml',
      'feed.json',
      'incidents/rss.xml',
      'notices/feed.json',
      'regions/deu/rss.xml',
      'regions/deu/atom.xml',
      'regions/deu/feed.json',
      'regions/deu/incidents/rss.xml',
      'components/database/atom.xml',
      'regions/deu/maintenance.ics',
      'regions/deu/maintenance-only.ics',
      'maintenance.ics',
      'maintenance-only.ics',
      'api/v2/summary.json',
      'api/v2/incidents/unresolved.json',
      'regions/deu/api/v2/summary.json',
      'regions/eur/api/v2/scheduled-maintenances/upcoming.json',
      'api/uptime/deu.json',
      'regions/deu/badge.svg',
      'components/database/badge.svg',
      'badge.svg',
      'favicons/operational.svg',
      'history/2025/index.html',
    ];
    const rendered = ['index.html', 'history/index.html', 'history/2026/index.html', 'regions/deu/index.html'];
    const inode = (file: string) => statSync(path.join(live, file)).ino;
    const before = new Map([...kept, ...rendered].map((file) => [file, inode(file)]));
    build(live, SAMPLE_NOW);
    expect(kept.filter((file) => inode(file) !== before.get(file))).toEqual([]);
    expect(rendered.filter((file) => inode(file) === before.get(file))).toEqual([]);
  });
});

describe('an output whose build id does not match the manifest (restored from elsewhere, or written by another build)', () => {
  it('is not trusted: everything is rendered again, to the same bytes', () => {
    const before = tree(live);
    writeFileSync(path.join(live, '.heliograph-build'), 'not the id of any manifest\n');
    const counts = build(live, SAMPLE_NOW);
    expect(counts.kept).toBe(0);
    expect(differences(tree(live), before)).toEqual([]);
  });
});

describe('an output with files removed by hand', () => {
  it('renders them again instead of keeping what is not there, to the same bytes', () => {
    const before = tree(live);
    const removed = [PAGE(OLD_INCIDENT), 'regions/deu/rss.xml', 'sla/2025/06/index.html'];
    for (const file of removed) expect(before.has(file), file).toBe(true);
    for (const file of removed) unlinkSync(path.join(live, file));
    build(live, SAMPLE_NOW);
    expect(differences(tree(live), before)).toEqual([]);
  });
});

describe('a rebuild after', () => {
  it('one entry changed: the same bytes as a cold build, with the change on its page', () => {
    appendFileSync(entry(OLD_INCIDENT), '\nA sentence added after the report was published.\n');
    const { counts, live: after, cold } = rebuildAndCompare(SAMPLE_NOW);
    expect(counts.kept).toBeGreaterThan(0);
    expect(differences(after, cold)).toEqual([]);
    expect(readFileSync(path.join(live, PAGE(OLD_INCIDENT)), 'utf8')).toContain('A sentence added after the report was published.');
  });

  it("an entry's title changed: the feeds that list it are written again, every other feed and calendar is kept", () => {
    const file = entry(OLD_INCIDENT);
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Users in North America cannot save records', 'title: Saving records failed in North America'));
    // The incident is in NAM and lists the database component; DEU's feeds, the maintenance and notices feeds and every calendar (maintenance only) do not show it.
    const rewritten = ['regions/nam/rss.xml', 'regions/nam/atom.xml', 'regions/nam/feed.json', 'regions/nam/incidents/feed.json', 'components/database/rss.xml'];
    const kept = ['regions/deu/rss.xml', 'regions/deu/incidents/atom.xml', 'maintenance/rss.xml', 'notices/atom.xml', 'regions/nam/maintenance.ics', 'regions/nam/maintenance-only.ics'];
    const inode = (f: string) => statSync(path.join(live, f)).ino;
    const before = new Map([...rewritten, ...kept].map((f) => [f, inode(f)]));
    const { live: after, cold } = rebuildAndCompare(SAMPLE_NOW);
    expect(differences(after, cold)).toEqual([]);
    expect(rewritten.filter((f) => inode(f) === before.get(f))).toEqual([]);
    expect(kept.filter((f) => inode(f) !== before.get(f))).toEqual([]);
    for (const f of rewritten) expect(readFileSync(path.join(live, f), 'utf8'), f).toContain('Saving records failed in North America');
  });

  it('one entry added and one deleted: the deleted page is gone, the added one there', () => {
    const added = 'incidents/2025/zzz-added-copy.md';
    const deleted = 'incidents/2026/oce-attachments-unavailable.md';
    writeFileSync(entry(added), readFileSync(entry('incidents/2025/fra-search-slow.md'), 'utf8').replace(/^title: .*$/m, 'title: An incident added for the rebuild'));
    unlinkSync(entry(deleted));
    const { counts, live: after, cold } = rebuildAndCompare(SAMPLE_NOW);
    expect(counts.kept).toBeGreaterThan(0);
    expect(differences(after, cold)).toEqual([]);
    expect(after.has(PAGE(deleted))).toBe(false);
    expect(readFileSync(path.join(live, PAGE(added)), 'utf8')).toContain('An incident added for the rebuild');
  });

  it('an entry renamed: no page survives under the old name', () => {
    const from = 'incidents/2026/uae-workflow-delays.md';
    const to = 'incidents/2026/uae-workflow-delays-renamed.md';
    renameSync(entry(from), entry(to));
    const { live: after, cold } = rebuildAndCompare(SAMPLE_NOW);
    expect(differences(after, cold)).toEqual([]);
    expect(after.has(PAGE(from))).toBe(false);
    expect(after.has(PAGE(to))).toBe(true);
  });

  // Four builds: its own limit, as below; not a speed target.
  it('time passing alone (3 days, then past the 14-day horizon): states that moved are rendered again', { timeout: 180_000 }, () => {
    const before = tree(live);
    const later = '2026-11-24T12:00:00Z';
    const step = rebuildAndCompare(later);
    expect(differences(step.live, step.cold)).toEqual([]);
    expect(differences(step.live, before).length).toBeGreaterThan(0);
    const muchLater = '2026-12-20T09:30:00Z';
    const far = rebuildAndCompare(muchLater);
    expect(far.counts.kept).toBeGreaterThan(0);
    expect(differences(far.live, far.cold)).toEqual([]);
  });

  // Eight builds (a rebuild and a cold build per step): more than the 60 s default on a busy machine, so its own limit; not a speed target.
  it('an outage and a maintenance window as they unfold, update by update: after each the same bytes as a cold build', { timeout: 240_000 }, () => {
    // What a team pushes during an incident, every 15-30 minutes: opened, updated, resolved; and work announced, started and completed.
    const incident = 'incidents/2026/zzz-live-outage.md';
    const window = 'maintenance/2026/zzz-live-window.md';
    const incidentAt = (updates: string, resolved = '') => `---
title: Exports fail in Europe
severity: major
impact: partial_outage
regions: [EUR]
components: [api]
started: 2026-12-20T09:40:00Z
${resolved}updates:
  - at: 2026-12-20T09:50:00Z
    status: investigating
    text: We are investigating failed exports in Europe.
${updates}---
Exports failed for some customers in Europe.
`;
    const windowAt = (completed = '') => `---
title: Database upgrade in Europe
type: planned
regions: [EUR]
components: [api]
impact: under_maintenance
window:
  start: 2026-12-20T11:00:00Z
  end: 2026-12-20T12:00:00Z
announced: 2026-12-11T09:00:00Z
expected_impact: Exports may be slow for a few minutes.
${completed}---
The regional database is upgraded.
`;
    const steps: { now: string; write: () => void; shows: [string, string] }[] = [
      { now: '2026-12-20T10:00:00Z', write: () => { writeFileSync(entry(incident), incidentAt('')); writeFileSync(entry(window), windowAt()); }, shows: ['index.html', 'Exports fail in Europe'] },
      {
        now: '2026-12-20T10:20:00Z',
        write: () => writeFileSync(entry(incident), incidentAt('  - at: 2026-12-20T10:15:00Z\n    status: identified\n    text: A faulty deployment is being rolled back.\n')),
        shows: [PAGE(incident), 'A faulty deployment is being rolled back.'],
      },
      {
        now: '2026-12-20T11:30:00Z',
        write: () => writeFileSync(entry(incident), incidentAt('  - at: 2026-12-20T11:10:00Z\n    status: resolved\n    text: Exports work again.\n', 'resolved: 2026-12-20T11:10:00Z\n')),
        shows: [PAGE(incident), 'Exports work again.'],
      },
      { now: '2026-12-20T12:30:00Z', write: () => writeFileSync(entry(window), windowAt('completed: 2026-12-20T11:50:00Z\n')), shows: [PAGE(window), 'Database upgrade in Europe'] },
    ];
    for (const step of steps) {
      step.write();
      const { counts, live: after, cold } = rebuildAndCompare(step.now);
      expect(counts.kept, step.now).toBeGreaterThan(0);
      expect(differences(after, cold), step.now).toEqual([]);
      expect(readFileSync(path.join(live, step.shows[0]), 'utf8'), step.now).toContain(step.shows[1]);
    }
  });

  it('a settings change (a region renamed): every page that names it is rendered again', () => {
    const regions = path.join(content, 'regions.yaml');
    const text = readFileSync(regions, 'utf8');
    expect(text).toContain('name: North America');
    writeFileSync(regions, text.replace('name: North America', 'name: North America (renamed)'));
    const { counts, live: after, cold } = rebuildAndCompare('2026-12-20T09:30:00Z');
    expect(counts.kept).toBe(0);
    expect(differences(after, cold)).toEqual([]);
  });
});

describe('a failed rebuild', () => {
  it('leaves the previous output byte for byte as it was', () => {
    const before = tree(live);
    writeFileSync(entry('incidents/2026/broken.md'), '---\ntitle: Broken\nseverity: nonsense\n---\n');
    const run = runBuild({ content, now: '2026-12-20T09:30:00Z', out: live });
    expect(run.status).toBe(1);
    expect(differences(tree(live), before)).toEqual([]);
    expect(readdirSync(root).filter((n) => n.includes('.staging-'))).toEqual([]);
  });

  it('a bad SITE_URL stops it before anything is written: the output and the spare tree stay as they were', () => {
    unlinkSync(entry('incidents/2026/broken.md'));
    const before = tree(live);
    expect(existsSync(`${live}.spare`)).toBe(true);
    const run = runBuild({ content, now: '2026-12-20T09:30:00Z', out: live, env: { SITE_URL: 'not a url' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('environment: SITE_URL: found "not a url", expected an absolute http(s) URL');
    expect(run.stderr).toContain('Build stopped: 1 error in SITE_URL.');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|"code":/);
    expect(differences(tree(live), before)).toEqual([]);
    expect(readdirSync(root).filter((n) => n.includes('.staging-'))).toEqual([]);
    expect(existsSync(`${live}.spare`)).toBe(true);
  });
});
