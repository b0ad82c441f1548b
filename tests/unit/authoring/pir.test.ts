import { describe, expect, it } from 'vitest';
import { addPirSkeleton, addPirSkeletonToFile, pirGaps, publishPir } from '../../../src/lib/authoring/pir.ts';
import { pirSections } from '../../../src/lib/content/markdown.ts';
import { addedLines } from './insertion.ts';

const resolved = `---
title: Reports unavailable
severity: major
resolved: 2026-11-05T08:05:00Z   # restored
---
Between 04:30 and 08:05 UTC reports were unavailable.
`;

const headings = (body: string) => body.split('\n').filter((l) => l.startsWith('## '));

describe('addPirSkeleton', () => {
  it('appends the four sections with prompts that do not count as content', () => {
    const { body, added } = addPirSkeleton('Intro paragraph.\n');
    expect(added).toEqual(['Summary', 'User experience', 'Root cause', 'Next steps']);
    expect(headings(body)).toEqual(['## Summary', '## User experience', '## Root cause', '## Next steps']);
    expect(body.startsWith('Intro paragraph.\n\n## Summary\n\n<!-- ')).toBe(true);
    expect(pirSections(body).incomplete).toEqual(['summary', 'user_experience', 'root_cause', 'next_steps']);
    expect(pirSections(body).sections.summary).toBe('');
  });

  it('skips sections already there and puts the missing ones in order', () => {
    const { body, added } = addPirSkeleton('Intro.\n\n## Root cause\n\nA full disk.\n');
    expect(added).toEqual(['Summary', 'User experience', 'Next steps']);
    expect(headings(body)).toEqual(['## Summary', '## User experience', '## Root cause', '## Next steps']);
    expect(body).toContain('## Root cause\n\nA full disk.\n');
    expect(addPirSkeleton(body)).toEqual({ body, added: [] });
  });

  it('works on an empty body and only adds lines to the file', () => {
    expect(addPirSkeleton('').body.startsWith('## Summary\n')).toBe(true);
    const { text } = addPirSkeletonToFile(resolved);
    expect(addedLines(resolved, text)?.filter((l) => l.startsWith('## '))).toHaveLength(4);
  });
});

describe('publishPir', () => {
  const written = addPirSkeletonToFile(resolved)
    .text.replace(/<!--[^>]*-->/g, 'Written.')
    .replace('## Root cause\n\nWritten.', '## Root cause\n\n<!-- still a prompt -->');

  it('refuses while a section is empty (prompts do not count) or missing, naming them', () => {
    expect(pirGaps(written.split('---\n')[2]!)).toEqual(['"## Root cause" is empty']);
    expect(() => publishPir(written, '2026-11-10T09:00:00Z')).toThrow(/"## Root cause" is empty/);
    expect(() => publishPir(resolved, '2026-11-10T09:00:00Z')).toThrow(/"## Summary" is missing/);
  });

  it('sets pir_published at the end of the front matter once every section is written', () => {
    const complete = written.replace('<!-- still a prompt -->', 'A full disk.');
    const after = publishPir(complete, '2026-11-10T09:00:00Z');
    expect(addedLines(complete, after)).toEqual(['pir_published: 2026-11-10T09:00:00Z']);
    expect(after).toContain('resolved: 2026-11-05T08:05:00Z   # restored\npir_published: 2026-11-10T09:00:00Z\n---\n');
    expect(() => publishPir(after, '2026-11-11T09:00:00Z')).toThrow(/already published/);
  });

  it('refuses an open incident', () => {
    const open = resolved.replace(/resolved:.*\n/, '');
    expect(() => publishPir(open, '2026-11-10T09:00:00Z')).toThrow(/still open/);
  });
});
