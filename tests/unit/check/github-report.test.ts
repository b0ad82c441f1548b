import { describe, expect, it } from 'vitest';
import { annotated, annotation, jobSummary } from '../../../src/lib/check/github-report.ts';
import type { Problem } from '../../../src/lib/content/problem.ts';

const warning: Problem = { severity: 'warning', file: 'content/incidents/2026/x.md', line: 8, field: 'resolved', message: 'PIR due by 2026-11-25 24:00 UTC (5 business days after resolution)' };
const error: Problem = { severity: 'error', file: 'content/maintenance/2026/y.md', line: 7, field: 'window.end', message: 'found 2026-11-24 03:00 UTC, expected a time after window.start' };

describe('annotation', () => {
  it('writes a GitHub workflow command with file, line and the field as title', () => {
    expect(annotation(warning)).toBe('::warning file=content/incidents/2026/x.md,line=8,title=resolved::PIR due by 2026-11-25 24:00 UTC (5 business days after resolution)');
    expect(annotation(error)).toBe('::error file=content/maintenance/2026/y.md,line=7,title=window.end::found 2026-11-24 03:00 UTC, expected a time after window.start');
  });

  it('leaves out the line of a whole-file problem and escapes what would end the command', () => {
    const odd: Problem = { severity: 'error', file: 'content/a,b:c.md', field: '-', message: '100% broken\nsecond line\r' };
    expect(annotation(odd)).toBe('::error file=content/a%2Cb%3Ac.md,title=-::100%25 broken%0Asecond line%0D');
  });
});

describe('annotated', () => {
  it('annotates every error and only the changed files’ warnings', () => {
    const other: Problem = { ...warning, file: 'content/incidents/2026/other.md' };
    expect(annotated([warning, error, other], new Set(['content/incidents/2026/x.md']))).toEqual([warning, error]);
    expect(annotated([warning, error, other], new Set())).toEqual([error]);
    expect(annotated([warning, error, other], undefined)).toEqual([warning, error, other]);
  });
});

describe('jobSummary', () => {
  it('says passed with warnings that never block, one row per problem', () => {
    expect(jobSummary([warning])).toBe(
      [
        '### Content check',
        '',
        '**Passed:** 1 warning (reported, never blocking).',
        '',
        '| | file | field | message |',
        '| --- | --- | --- | --- |',
        '| warning | content/incidents/2026/x.md:8 | resolved | PIR due by 2026-11-25 24:00 UTC (5 business days after resolution) |',
        '',
      ].join('\n'),
    );
  });

  it('says failed when there are errors, and keeps untrusted text from breaking the table or adding markup', () => {
    const hostile: Problem = { severity: 'warning', file: 'content/x.md', line: 1, field: 'title', message: 'a | b <script>x</script> &\nnext' };
    const summary = jobSummary([error, hostile]);
    expect(summary).toContain('**Failed:** 1 error, 1 warning. Errors must be fixed; warnings never block.');
    expect(summary).toContain('| warning | content/x.md:1 | title | a \\| b &lt;script&gt;x&lt;/script&gt; &amp; next |');
  });

  it('says so when there is nothing to report', () => {
    expect(jobSummary([])).toBe('### Content check\n\n**Passed:** 0 warnings.\n');
  });
});
