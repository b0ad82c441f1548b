import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { validateContent } from '../../../src/lib/check/validate.ts';
import { FIXTURES, ROOT, SAMPLE_CONTENT, SAMPLE_NOW } from '../../support/paths.ts';

const broken = validateContent(path.join(FIXTURES, 'broken'), SAMPLE_NOW, ROOT);
const lines = broken.problems.map(formatProblem);

/** The one problem reported for a fixture file, as `file:line: field: message`. */
function problemFor(file: string): string {
  const found = lines.filter((l) => l.startsWith(`tests/fixtures/broken/${file}:`));
  expect(found, `problems for ${file}: ${found.join('\n')}`).toHaveLength(1);
  return found[0]!;
}

describe('validation of broken content', () => {
  it('reports every broken file in one pass, not just the first', () => {
    const files = new Set(broken.problems.map((p) => p.file));
    expect(files.size).toBeGreaterThanOrEqual(30);
    expect(broken.errors).toBe(broken.problems.filter((p) => p.severity === 'error').length);
    expect(files.has('tests/fixtures/broken/incidents/2026/valid.MD')).toBe(false);
  });

  it.each([
    ['incidents/2026/bad-yaml.md', '3: -: found invalid YAML', 'expected valid front matter'],
    ['incidents/2026/missing-started.md', '2: started: missing', 'expected an ISO 8601 time with a zone'],
    ['incidents/2026/wrong-type.md', '3: severity: found the number 3', 'expected one of minor, major'],
    ['incidents/2026/unknown-key.md', '7: sevrity: found an unknown key', 'expected one of: title, severity,'],
    ['incidents/2026/impossible-date.md', '7: started: found "2026-02-30T08:12:00Z"', 'an impossible date'],
    ['incidents/2026/no-zone.md', '7: started: found "2026-11-03T08:12:00"', 'a time without a zone'],
    ['incidents/2026/impossible-offset.md', '7: started: found "2026-10-21T14:05:00+25:00", expected an ISO 8601 time with a zone', 'no real UTC offset (+25:00'],
    ['incidents/2026/date-alone.md', '7: started: found "2026-11-03"', 'a date alone'],
    ['incidents/2026/updates-out-of-order.md', '13: updates.1.at: found 2026-11-03 08:50 UTC', 'updates are oldest first'],
    ['incidents/2026/resolved-without-final-update.md', '14: updates.1.status: found "monitoring"', 'expected resolved'],
    ['incidents/2026/open-with-resolved-update.md', '13: updates.1.status: found a resolved update on an open incident', 'resolved: time'],
    ['incidents/2026/resolved-before-started.md', '8: resolved: found 2026-11-02 10:40 UTC', 'at or after started'],
    ['incidents/2026/unknown-region.md', '5: regions.1: found unknown region "XYZ"', 'expected a code from regions.yaml'],
    ['incidents/2026/lower-case-region.md', '5: regions.0: found "nam"', 'upper-case region code'],
    ['incidents/2026/global-with-others.md', '5: regions: found a list', 'global alone'],
    ['incidents/2026/unknown-component.md', '6: components.1: found unknown component "billing"', 'components.yaml'],
    ['incidents/2026/duplicate-key.md', '7: severity: found this key a second time', 'each key once'],
    ['incidents/2026/alias.md', '2: -: found a YAML anchor or alias', 'not allowed'],
    ['incidents/2026/no-front-matter.md', '1: -: found no front matter', 'start with a --- line'],
    ['incidents/2026/unterminated.md', '1: -: found front matter that never ends', 'closing --- line'],
    ['incidents/2026/list-front-matter.md', '2: -: found front matter that is a list', 'mapping of fields'],
    ['incidents/2026/pir-empty-section.md', '9: pir_published: found pir_published with missing or empty sections "## User experience"', 'all four PIR sections'],
    ['maintenance/2026/end-before-start.md', '7: window.end: found 2026-11-24 03:00 UTC', 'after window.start'],
    ['maintenance/2026/cancelled-and-completed.md', '10: completed: found completed on cancelled work', 'one or the other'],
    ['releases/2026/unquoted-version.md', '4: version: found the number 9.2', 'quoted string'],
    ['notices/2026/empty-title.md', '2: title: found ""', 'non-empty text'],
    ['notices/2026/expires-before-published.md', '5: expires: found 2026-11-01 00:00 UTC', 'after published'],
    ['regions.yaml:16', ' 3.window: found "10-19"', 'HH:MM-HH:MM'],
    ['regions.yaml:9', ' 2.code: found "NAM" again (first on line 1)', 'each region code once'],
    ['components.yaml:7', ' 2.id: found "sign-in" again', 'each component id once'],
  ])('%s', (file, head, expected) => {
    const [name, line] = file.split(':');
    const problem = line === undefined ? problemFor(name!) : lines.find((l) => l.startsWith(`tests/fixtures/broken/${file}:`))!;
    expect(problem).toContain(`${line === undefined ? `${name}:` : `${file}:`}${head}`);
    expect(problem).toContain(expected);
  });

  it.each([
    ['incidents/2026/empty.md', 'found an empty file'],
    ['incidents/2026/latin1.md', 'found bytes that are not UTF-8, expected a UTF-8 text file'],
    ['incidents/2026/index.md', 'found index.md'],
    ['incidents/rss.xml.md', 'would collide with the feed'],
    ['incidents/2026/Upper-Case.md', 'lower-case letters'],
    ['incidents/2026/valid.md', 'found the id "2026/valid" again'],
  ])('%s (no line)', (file, expected) => {
    expect(problemFor(file)).toContain(expected);
  });

  it('checks the later stage of an out-of-order rollout', () => {
    expect(problemFor('releases/2026/rollout-out-of-order.md')).toBe(
      'tests/fixtures/broken/releases/2026/rollout-out-of-order.md:11: rollout.1.at: found 2026-11-04 19:00 UTC, expected a time at or after the previous stage (2026-11-05 03:00 UTC): stages are in rollout order',
    );
  });

  it('stops at the schema error of a file: no rule runs on a release whose version is not a string', () => {
    expect(problemFor('releases/2026/unquoted-version.md')).toContain('4: version:');
  });
});

describe('validation of the sample content', () => {
  const sample = validateContent(SAMPLE_CONTENT, SAMPLE_NOW, ROOT);

  it('has no errors and exactly the intended warnings at the sample time', () => {
    expect(sample.errors).toBe(0);
    expect(sample.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/apj-api-errors\.md:\d+: warning: resolved: PIR due by 2026-11-25 24:00 UTC/),
      expect.stringMatching(/ind-reporting-outage\.md:\d+: warning: resolved: PIR overdue since 2026-11-12 24:00 UTC/),
      expect.stringMatching(/fra-ger-reporting-migration\.md:\d+: warning: window\.end: window ended 2026-11-21 02:00 UTC/),
    ]);
  });

  it('keeps ids as file paths, dots included', () => {
    expect(sample.content.releases.map((r) => r.id)).toContain('2026/9.2.2611.2');
    expect(sample.content.regions).toHaveLength(17);
  });
});

describe('policy warnings', () => {
  const policy = validateContent(path.join(FIXTURES, 'policy'), SAMPLE_NOW, ROOT);
  const text = policy.problems.map(formatProblem);

  it('are warnings, not errors', () => {
    expect(policy.errors).toBe(0);
    expect(policy.warnings).toBe(text.length);
  });

  it.each([
    ['pir-due-over-holiday.md:8: warning: resolved: PIR due by 2026-11-30 24:00 UTC'],
    ['future-start.md:7: warning: started: 2026-11-22 08:00 UTC is after now (2026-11-21 12:00 UTC); the incident is not shown as active until then'],
    ["late-and-outside.md:4: warning: regions.0: window 2026-11-24 12:00 UTC to 2026-11-24 14:00 UTC is outside NAM's daily window (02:00-11:00 UTC)"],
    ["late-and-outside.md:4: warning: regions.1: window 2026-11-24 12:00 UTC to 2026-11-24 14:00 UTC is outside EUR's daily window (18:00-03:00 UTC)"],
    ['late-and-outside.md:8: warning: announced: planned maintenance announced 2026-11-21 09:00 UTC, less than 5 days before its start'],
    ['overran.md:7: warning: window.end: window ended 2026-11-21 05:00 UTC and no completed: time is recorded'],
    ['short-notice-wave.md:5: warning: announced: major release announced 2026-10-01 00:00 UTC, 61 days before its first stage; the policy gives 90'],
    ["short-notice-wave.md:11: warning: rollout.1.at: stage at 2026-12-08 15:00 UTC is outside NAM's daily window"],
  ])('%s', (expected) => {
    expect(text.some((l) => l.includes(expected)), text.join('\n')).toBe(true);
  });

  it('stop once they no longer call for action: late notice and window placement only while the work is ahead', () => {
    const later = validateContent(path.join(FIXTURES, 'policy'), '2026-12-10T00:00:00Z', ROOT).problems.map(formatProblem);
    for (const gone of ['short-notice-wave.md', 'future-start.md']) expect(later.filter((l) => l.includes(gone)), gone).toEqual([]);
    // What can still be acted on stays: an overrun needs its completed: time.
    expect(later.filter((l) => l.includes('late-and-outside.md'))).toEqual([
      'tests/fixtures/policy/maintenance/2026/late-and-outside.md:7: warning: window.end: window ended 2026-11-24 14:00 UTC and no completed: time is recorded; the site shows the work as running past its window',
    ]);
    expect(later.filter((l) => l.includes('overran.md'))).toHaveLength(1);
  });

  it('report a policy miss that is over and done only for a changed file', () => {
    const dir = path.join(FIXTURES, 'policy');
    const done = 'tests/fixtures/policy/maintenance/2026/late-and-outside-done.md';
    const pirLate = 'tests/fixtures/policy/incidents/2026/pir-late.md';
    expect(text.filter((l) => l.includes('late-and-outside-done.md') || l.includes('pir-late.md'))).toEqual([]);
    const changed = validateContent(dir, SAMPLE_NOW, ROOT, new Set([done, pirLate])).problems.map(formatProblem);
    expect(changed.filter((l) => l.startsWith(done) || l.startsWith(pirLate))).toEqual([
      `${pirLate}:16: warning: pir_published: PIR published late: due by 2026-11-09 24:00 UTC, published 3 business days after`,
      `${done}:4: warning: regions.0: window 2026-11-12 12:00 UTC to 2026-11-12 14:00 UTC is outside NAM's daily window (02:00-11:00 UTC)`,
      `${done}:8: warning: announced: planned maintenance announced 2026-11-11 09:00 UTC, less than 5 days before its start (2026-11-12 12:00 UTC)`,
    ]);
  });

  it('accepts a window that crosses midnight inside the region window, and unplanned work announced late', () => {
    expect(text.some((l) => l.includes('midnight-crossing.md'))).toBe(false);
    expect(text.filter((l) => l.includes('overran.md'))).toHaveLength(1);
  });
});

describe('authoring prompts left in bodies (tests/fixtures/prompts)', () => {
  const prompts = validateContent(path.join(FIXTURES, 'prompts'), SAMPLE_NOW, ROOT);
  const warnings = prompts.problems.filter((p) => p.severity === 'warning' && p.field === 'body').map(formatProblem);

  it('warns on a published entry whose body is only prompts, and on each PIR section that is only a prompt, by line', () => {
    expect(prompts.errors).toBe(0);
    expect(warnings).toEqual([
      'tests/fixtures/prompts/incidents/2026/pir-skeleton.md:24: warning: body: found only the prompt under "## User experience", expected the section written before the PIR is published',
      'tests/fixtures/prompts/incidents/2026/pir-skeleton.md:28: warning: body: found only the prompt under "## Root cause", expected the section written before the PIR is published',
      'tests/fixtures/prompts/incidents/2026/prompt-only.md:13: warning: body: found only authoring prompts (<!-- … -->), expected text for readers: prompts are never shown',
      'tests/fixtures/prompts/releases/2026/9.9.2611.1.md:13: warning: body: found only authoring prompts (<!-- … -->), expected text for readers: prompts are never shown',
    ]);
  });
});
