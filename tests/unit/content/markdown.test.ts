import { describe, expect, it } from 'vitest';
import { excerpt, isOnlyPrompts, pirSections } from '../../../src/lib/content/markdown.ts';

describe('pirSections', () => {
  it('finds the four sections whatever their case and spacing', () => {
    const pir = pirSections('Intro.\n\n## Summary\nIt broke.\n\n## user  experience\nSlow.\n\n## Root cause\nA bug.\n\n### Detail\nMore.\n\n## Next steps\n- Fix\n');
    expect(pir.incomplete).toEqual([]);
    expect(pir.sections.root_cause).toContain('More.');
  });

  it('reads setext headings (underlined with = or -) and headings indented up to three spaces', () => {
    const pir = pirSections('Summary\n=======\nIt broke.\n\nUser experience\n---\nSlow.\n\n   ## Root cause\nA bug.\n\n## Next steps\nFix it.\n');
    expect(pir.sections).toEqual({ summary: 'It broke.', user_experience: 'Slow.', root_cause: 'A bug.', next_steps: 'Fix it.' });
    expect(pir.incomplete).toEqual([]);
  });

  it('finds no section in a body without level-1 or level-2 headings, nor in one indented as code', () => {
    for (const body of ['Just text.\n\n### Summary\nNot a section heading.\n', '    ## Summary\n    code, not a heading\n', '']) {
      const pir = pirSections(body);
      expect(pir.sections).toEqual({});
      expect(pir.incomplete).toEqual(['summary', 'user_experience', 'root_cause', 'next_steps']);
    }
  });

  it('reports missing and empty sections', () => {
    const pir = pirSections('## Summary\nIt broke.\n\n## Root cause\n\n## Other\ntext\n');
    expect(pir.incomplete).toEqual(['user_experience', 'root_cause', 'next_steps']);
    expect(pir.sections.root_cause).toBe('');
  });

  it('does not count prompts as content, and names the sections that are only a prompt, with their lines', () => {
    const body = 'Intro.\n\n## Summary\n\n<!-- What happened. -->\nIt broke.\n\n## User experience\n\n<!-- What customers saw. -->\n\n## Root cause\n\n## Next steps\n\nSoon <!-- dates --> done.\n';
    const pir = pirSections(body);
    expect(pir.sections).toEqual({ summary: 'It broke.', user_experience: '', root_cause: '', next_steps: 'Soon  done.' });
    expect(pir.incomplete).toEqual(['user_experience', 'root_cause']);
    expect(pir.promptOnly).toEqual(['user_experience']);
    expect(pir.lines).toEqual({ summary: 3, user_experience: 8, root_cause: 12, next_steps: 14 });
  });
});

describe('isOnlyPrompts', () => {
  it.each([
    ['<!-- What changes, and what to do. -->\n', true],
    ['<!-- one -->\n\n<!-- two\nlines -->\n', true],
    ['', false],
    ['Text.\n', false],
    ['<!-- prompt -->\nText after the prompt.\n', false],
    ['## Summary\n\n<!-- prompt -->\n', false],
    ['<details><summary>More</summary></details>\n', false],
  ])('%j → %s', (body, expected) => {
    expect(isOnlyPrompts(body)).toBe(expected);
  });
});

describe('excerpt', () => {
  it('leaves prompts out, inline or as blocks, and skips a paragraph that holds nothing else', () => {
    expect(excerpt('<!-- What changes. -->\nWe upgrade the platform <!-- name the version --> tonight.')).toBe('We upgrade the platform tonight.');
    expect(excerpt('<!-- only a prompt -->\n')).toBe('');
    expect(excerpt('Text with <b>markup</b>.')).toBe('Text with markup.');
  });

  it('takes the first paragraph as plain text', () => {
    expect(excerpt('## Title\n\nSign-in **fails** for [some](https://x) users.\n\nMore.')).toBe('Sign-in fails for some users.');
  });

  it('reads the first paragraph as the whole body does, whatever comes before or after it', () => {
    expect(excerpt('First line\ncontinued.\n\nSecond.')).toBe('First line continued.');
    expect(excerpt('\n\n  Indented a little.\n\nSecond.')).toBe('Indented a little.');
    // A reference defined further down (or not at all).
    expect(excerpt('See [the docs][d] now.\n\nMore.\n\n[d]: https://example.com/docs')).toBe('See the docs now.');
    expect(excerpt('See [the docs][d] now.\n\nMore.')).toBe('See [the docs][d] now.');
    // Blocks that run across a blank line, or are no paragraph.
    expect(excerpt('```\ncode\n\nmore code\n```\n\nReal text.')).toBe('Real text.');
    expect(excerpt('<!--\nprompt\n\nstill the prompt\n-->\n\nReal text.')).toBe('Real text.');
    expect(excerpt('    indented code\n\nReal text.')).toBe('Real text.');
    expect(excerpt('Title\n=====\n\nReal text.')).toBe('Real text.');
    expect(excerpt('- a list item\n\n  still the item\n\nReal text.')).toBe('Real text.');
    expect(excerpt('> quoted\n\nReal text.')).toBe('Real text.');
    expect(excerpt('')).toBe('');
    expect(excerpt('  \n \n')).toBe('');
  });

  it('cuts long text at a word boundary', () => {
    const text = excerpt('word '.repeat(100), 50);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(text.endsWith('word…')).toBe(true);
  });
});
