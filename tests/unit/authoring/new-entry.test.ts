import { describe, expect, it } from 'vitest';
import { newEntryText } from '../../../src/lib/authoring/new-entry.ts';
import { parseEntrySource } from '../../../src/lib/content/source.ts';
import { ENTRY_SCHEMAS } from '../../../src/lib/content/schema.ts';

const parsed = (text: string) => {
  const result = parseEntrySource('x.md', Buffer.from(text));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result;
};

describe('newEntryText', () => {
  it('writes fields in the given order, code lists in flow style, and a prompt body', () => {
    const text = newEntryText('incidents', {
      title: 'Users in Europe cannot sign in',
      severity: 'major',
      impact: 'major_outage',
      regions: ['EUR', 'GBR'],
      components: ['sign-in'],
      started: '2026-11-21T10:05:00Z',
      tracking_id: undefined,
      updates: [{ at: '2026-11-21T10:14:00Z', status: 'investigating', text: 'We are investigating: next update by 10:45 UTC.' }],
    });
    expect(text).toBe(`---
title: Users in Europe cannot sign in
severity: major
impact: major_outage
regions: [EUR, GBR]
components: [sign-in]
started: 2026-11-21T10:05:00Z
updates:
  - at: 2026-11-21T10:14:00Z
    status: investigating
    text: "We are investigating: next update by 10:45 UTC."
---
<!-- Optional: what is affected, who is not, and what customers should do now. Updates go in the front matter (npm run update). -->
`);
    expect(ENTRY_SCHEMAS.incidents.safeParse(parsed(text).data).success).toBe(true);
  });

  it('quotes versions so YAML keeps them strings, and keeps a given body', () => {
    const text = newEntryText(
      'releases',
      {
        title: 'Service update 9.20',
        type: 'minor',
        version: '9.20',
        announced: '2026-11-21T12:00:00Z',
        components: ['web-client'],
        rollout: [{ regions: ['FRA'], at: '2026-12-07T18:00:00Z' }],
      },
      '  Fixes.  ',
    );
    expect(text).toContain('version: "9.20"\n');
    expect(text).toContain('rollout:\n  - regions: [FRA]\n    at: 2026-12-07T18:00:00Z\n');
    expect(text.endsWith('---\nFixes.\n')).toBe(true);
    expect(ENTRY_SCHEMAS.releases.parse(parsed(text).data).version).toBe('9.20');
  });
});
