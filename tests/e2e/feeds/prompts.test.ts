/**
 * Entries that still carry the <!-- prompts --> `npm run new` and `npm run pir`
 * write (tests/fixtures/prompts): no built output — feeds, JSON, calendars,
 * badges, pages — shows a prompt, as a comment or as text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../support/build.ts';
import { FIXTURES, SAMPLE_NOW } from '../../support/paths.ts';
import { findOutputs, read } from './outputs.ts';

/** Words from the prompts in the fixture (the tools' prompt texts, and the inline ones). */
const PROMPT_WORDS = ['Optional: what is affected', 'What happened, in two or three sentences', 'What customers saw', 'Corrective and preventive', 'Release notes: new features', 'What is changing, who is affected', 'say which features', 'name the version'];

let root: string;
let dist: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-prompts-'));
  dist = path.join(root, 'dist');
  const run = runBuild({ content: path.join(FIXTURES, 'prompts'), now: SAMPLE_NOW, out: dist });
  if (run.status !== 0) throw new Error(`prompts build failed:\n${run.stdout}\n${run.stderr}`);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('authoring prompts', () => {
  it('appear in no output file, neither as a comment nor as text', () => {
    const files = findOutputs(dist, (name) => /\.(xml|json|ics|svg|html)$/.test(name));
    expect(files.filter((f) => f.endsWith('.ics')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith('.json')).length).toBeGreaterThan(0);
    for (const file of files) {
      const text = read(dist, file);
      for (const words of PROMPT_WORDS) expect(text, `${file} shows "${words}"`).not.toContain(words);
      if (!file.endsWith('.html')) expect(text, file).not.toMatch(/<!--|&lt;!--|&#x3C;!--|\\u003c!--/i);
    }
  });

  it('leave the written text in place: entry pages and calendar descriptions (feed items carry the change, not the body)', () => {
    const page = read(dist, '/incidents/2026/pir-skeleton/index.html');
    expect(page).toContain('A storage controller failed and the database stopped accepting writes.');
    expect(page.replace(/\s+/g, ' ')).toContain('Customers in North America could not save records');
    const events = Object.values(ical.sync.parseICS(read(dist, '/maintenance.ics'))).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
    const upgrade = events.find((e) => e.uid.startsWith('maintenance/2026/nam-upgrade'))!;
    expect(upgrade.description).toContain('We upgrade the database platform to the next version.');
  });
});
