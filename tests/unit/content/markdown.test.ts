import { describe, expect, it } from 'vitest';
import { excerpt, pirSections } from '../../../src/lib/content/markdown.ts';

describe('pirSections', () => {
  it('finds the four sections whatever their case and spacing', () => {
    const pir = pirSections('Intro.\n\n## Summary\nIt broke.\n\n## user  experience\nSlow.\n\n## Root cause\nA bug.\n\n### Detail\nMore.\n\n## Next steps\n- Fix\n');
    expect(pir.incomplete).toEqual([]);
    expect(pir.sections.root_cause).toContain('More.');
  });

  it('reports missing and empty sections', () => {
    const pir = pirSections('## Summary\nIt broke.\n\n## Root cause\n\n## Other\ntext\n');
    expect(pir.incomplete).toEqual(['user_experience', 'root_cause', 'next_steps']);
    expect(pir.sections.root_cause).toBe('');
  });
});

describe('excerpt', () => {
  it('takes the first paragraph as plain text', () => {
    expect(excerpt('## Title\n\nSign-in **fails** for [some](https://x) users.\n\nMore.')).toBe('Sign-in fails for some users.');
  });

  it('cuts long text at a word boundary', () => {
    const text = excerpt('word '.repeat(100), 50);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(text.endsWith('word…')).toBe(true);
  });
});
