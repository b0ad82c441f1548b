import { describe, expect, it } from 'vitest';
import { parseEntrySource, parseYamlSource } from '../../../src/lib/content/source.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseEntrySource', () => {
  it('accepts a byte-order mark and CRLF line ends, keeping times as source text', () => {
    const parsed = parseEntrySource('x.md', bytes('\uFEFF---\r\ntitle: T\r\nstarted: 2026-11-03T08:12:00Z\r\n---\r\nBody\r\n'));
    expect(parsed).toMatchObject({ ok: true, data: { title: 'T', started: '2026-11-03T08:12:00Z' }, body: 'Body\n' });
  });

  it('gives each field its line in the file', () => {
    const parsed = parseEntrySource('x.md', bytes('---\ntitle: T\nupdates:\n  - at: 1\n    text: a\n---\n'));
    expect(parsed.ok && parsed.lines).toMatchObject({ title: 2, updates: 3, 'updates.0': 4, 'updates.0.at': 4, 'updates.0.text': 5 });
  });

  it('reads yes/no and numbers as YAML 1.2 does (no surprises from YAML 1.1)', () => {
    const parsed = parseEntrySource('x.md', bytes('---\nworkaround: no\nversion: 9.20\n---\n'));
    expect(parsed.ok && parsed.data).toEqual({ workaround: 'no', version: 9.2 });
  });
});

describe('parseYamlSource', () => {
  it('refuses an empty file', () => {
    const parsed = parseYamlSource('regions.yaml', bytes('  \n'));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems[0]!.message).toBe('found an empty file, expected YAML');
  });

  it('refuses an alias bomb at its first anchor', () => {
    const parsed = parseYamlSource('site.yaml', bytes('a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n'));
    expect(!parsed.ok && parsed.problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('anchor or alias') })]);
  });
});
