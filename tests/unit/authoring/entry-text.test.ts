import { describe, expect, it } from 'vitest';
import { joinEntryText, splitEntryText } from '../../../src/lib/authoring/entry-text.ts';

describe('splitEntryText', () => {
  it('splits front matter and body and joins them back byte for byte', () => {
    const raw = '---\ntitle: A   # comment\n---\nBody\n\n---\nnot front matter\n';
    const entry = splitEntryText(raw);
    expect(entry.yaml).toBe('title: A   # comment\n');
    expect(entry.body).toBe('Body\n\n---\nnot front matter\n');
    expect(joinEntryText(entry)).toBe(raw);
  });

  it('keeps a byte-order mark and CRLF line ends', () => {
    const raw = '\ufeff---\r\ntitle: A\r\n---\r\nBody\r\n';
    const entry = splitEntryText(raw);
    expect(entry.yaml).toBe('title: A\n');
    expect(joinEntryText(entry)).toBe(raw);
  });

  it('handles empty front matter and a file that ends at the closing line', () => {
    expect(splitEntryText('---\n---\n').yaml).toBe('');
    expect(joinEntryText(splitEntryText('---\na: 1\n---'))).toBe('---\na: 1\n---');
  });

  it('refuses a file without front matter or with unterminated front matter', () => {
    expect(() => splitEntryText('title: A\n')).toThrow(/no front matter/);
    expect(() => splitEntryText('---\ntitle: A\n')).toThrow(/never ends/);
  });
});
