import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addedLines } from '../authoring/insertion.ts';
import { oneLineError, tempContent } from './temp-content.ts';
import type { TempContent } from './temp-content.ts';

const FILE = 'incidents/2026/apj-api-errors.md';

let tmp: TempContent;
beforeAll(() => {
  tmp = tempContent();
});
afterAll(() => tmp.remove());

describe('npm run pir', { timeout: 60_000 }, () => {
  it('adds the four sections as a skeleton, and the file still passes check', () => {
    const before = tmp.read(FILE);
    const run = tmp.run('pir.ts', ['2026/apj-api-errors']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Added "## Summary", "## User experience", "## Root cause", "## Next steps"');
    const added = addedLines(before, tmp.read(FILE));
    expect(added?.filter((l) => l.startsWith('## '))).toEqual(['## Summary', '## User experience', '## Root cause', '## Next steps']);
    expect(tmp.check().stdout).toContain('check passed: 0 errors');
    // Nothing more to add the second time.
    expect(tmp.run('pir.ts', ['2026/apj-api-errors']).stdout).toMatch(/already has all four PIR sections; still to write: "## Summary" is empty/);
  });

  it('refuses --publish while a section is empty (its prompt does not count), and leaves the file unchanged', () => {
    const filled = tmp
      .read(FILE)
      .replace(/## Summary\n\n<!--[^>]*-->/, '## Summary\n\nAbout 35 percent of Web API requests in APJ failed for 2 h 35 min.')
      .replace(/## User experience\n\n<!--[^>]*-->/, '## User experience\n\nCalls failed with HTTP 503.')
      .replace(/## Next steps\n\n<!--[^>]*-->/, '## Next steps\n\nLoad-balancer changes go through staged rollout.');
    tmp.write(FILE, filled);
    const run = tmp.run('pir.ts', ['2026/apj-api-errors', '--publish']);
    expect(run.status).toBe(1);
    expect(oneLineError(run)).toBe(
      'error: the PIR is not complete: "## Root cause" is empty; write every section (the <!-- prompts --> do not count), then publish again',
    );
    expect(tmp.read(FILE)).toBe(filled);
  });

  it('publishes once every section is written: pir_published is now, check passes and the PIR is no longer due', () => {
    const complete = tmp.read(FILE).replace(/## Root cause\n\n<!--[^>]*-->/, '## Root cause\n\nA configuration change dropped connections.');
    tmp.write(FILE, complete);
    const run = tmp.run('pir.ts', ['2026/apj-api-errors', '--publish']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(addedLines(complete, tmp.read(FILE))).toEqual(['pir_published: 2026-11-21T12:00:00Z']);
    expect(tmp.check().stdout).toContain('check passed: 0 errors');
    expect(tmp.check('--due').stdout).not.toContain('incidents/2026/apj-api-errors');

    const again = tmp.run('pir.ts', ['2026/apj-api-errors', '--publish']);
    expect(again.status).toBe(1);
    expect(oneLineError(again)).toMatch(/already published \(pir_published: 2026-11-21T12:00:00Z\)/);
  });

  it('refuses to publish the PIR of an open incident, and bad arguments', () => {
    expect(oneLineError(tmp.run('pir.ts', ['2026/eur-gbr-sign-in-failures', '--publish']))).toMatch(/still open; resolve it first/);
    expect(tmp.run('pir.ts', ['2026/apj-api-errors', '--at', '2026-11-21T12:00Z']).status).toBe(2);
    expect(tmp.run('pir.ts', []).status).toBe(2);
    expect(tmp.run('pir.ts', ['--help']).stdout).toMatch(/^Usage: npm run pir -- <incident>/);
  });
});
