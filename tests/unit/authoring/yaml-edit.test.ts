import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendListItem, hasKey, insertPair, renderValue } from '../../../src/lib/authoring/yaml-edit.ts';
import { addedLines } from './insertion.ts';

const commented = `title: Users in Europe cannot sign in   # the headline
severity: major            # minor | major
"impact": 'major_outage'
regions: [EUR,   GBR]
started: 2026-11-03T08:12:00Z
# the updates, oldest first
updates:
    -   at: 2026-11-03T08:20:00Z   # first
        status: investigating
        text: >-
          We are investigating sign-in failures, with a very long line that must not be folded or re-wrapped by anything at all.

    # a comment between items
    -   at: "2026-11-03T09:00:00Z"
        status: identified
        text: 'Found it.'
workaround: Use the app.   # trailing
`;

const update = { at: '2026-11-03T09:30:00Z', status: 'monitoring', text: 'Fixed: watching.' };

describe('appendListItem', () => {
  it('inserts only the new item, in the list own indentation, keeping comments, quoting and key order', () => {
    const after = appendListItem(commented, 'updates', update);
    expect(addedLines(commented, after)).toEqual(['    -   at: 2026-11-03T09:30:00Z', '        status: monitoring', '        text: "Fixed: watching."']);
    expect(after.indexOf('Fixed: watching.')).toBeLessThan(after.indexOf('workaround:'));
    expect(parse(after).updates.at(-1)).toEqual(update);
    expect(Object.keys(parse(after))).toEqual(Object.keys(parse(commented)));
  });

  it('writes multi-line text as a block scalar inside the item', () => {
    const after = appendListItem(commented, 'updates', { ...update, text: 'Line one.\nLine two.' });
    expect(parse(after).updates.at(-1).text).toBe('Line one.\nLine two.');
    // Only new lines, as a literal block in the list's own indentation.
    expect(addedLines(commented, after)).toEqual(['    -   at: 2026-11-03T09:30:00Z', '        status: monitoring', '        text: |-', '          Line one.', '          Line two.']);
  });

  it('starts a block list for an absent key, after the named key', () => {
    const yaml = 'title: A\nannounced: 2026-11-18T09:00:00Z\nexpected_impact: none   # keep\n';
    const after = appendListItem(yaml, 'updates', update, ['expected_impact']);
    expect(after).toBe(`${yaml}updates:\n  - at: 2026-11-03T09:30:00Z\n    status: monitoring\n    text: "Fixed: watching."\n`);
  });

  it('turns an empty [] into a block list and keeps its comment', () => {
    const after = appendListItem('title: A\nupdates: []   # none yet\nend: x\n', 'updates', update);
    expect(after).toBe('title: A\nupdates:    # none yet\n  - at: 2026-11-03T09:30:00Z\n    status: monitoring\n    text: "Fixed: watching."\nend: x\n');
  });

  it('adds to a non-empty flow list through the Document API', () => {
    const after = appendListItem('title: A\nupdates: [{ at: 2026-11-03T09:00:00Z, status: scheduled, text: Soon }]\n', 'updates', update);
    expect(parse(after).updates).toHaveLength(2);
  });

  it('refuses a key that is not a list', () => {
    expect(() => appendListItem('updates: text\n', 'updates', update)).toThrow(/not a list/);
  });
});

describe('insertPair', () => {
  it('adds the pair after the first named key the mapping has, trailing comment and all', () => {
    const after = insertPair(commented, 'resolved', '2026-11-03T10:40:00Z', ['started']);
    expect(addedLines(commented, after)).toEqual(['resolved: 2026-11-03T10:40:00Z']);
    expect(after).toContain('started: 2026-11-03T08:12:00Z\nresolved: 2026-11-03T10:40:00Z\n# the updates');
  });

  it('adds at the end when none of the keys is there, and after a block value', () => {
    const after = insertPair(commented, 'pir_published', '2026-11-10T09:00:00Z');
    expect(after.endsWith('workaround: Use the app.   # trailing\npir_published: 2026-11-10T09:00:00Z\n')).toBe(true);
    const yaml = 'window:\n  start: a\n  end: b  # end\nannounced: c\n';
    expect(insertPair(yaml, 'completed', 'd', ['window'])).toBe('window:\n  start: a\n  end: b  # end\ncompleted: d\nannounced: c\n');
  });

  it('refuses a key that is already there', () => {
    expect(() => insertPair(commented, 'started', 'x')).toThrow(/already has started/);
    expect(hasKey(commented, 'workaround')).toBe(true);
    expect(hasKey(commented, 'resolved')).toBe(false);
  });

  it('refuses front matter that is not valid YAML or not a mapping', () => {
    expect(() => insertPair('a: [\n', 'b', 'c')).toThrow(/not valid YAML/);
    expect(() => insertPair('- a\n', 'b', 'c')).toThrow(/not a mapping/);
  });
});

describe('renderValue', () => {
  it('quotes what YAML would otherwise read differently', () => {
    expect(renderValue('plain text')).toBe('plain text');
    expect(renderValue('a: b')).toBe('"a: b"');
    expect(renderValue('# not a comment')).toBe('"# not a comment"');
    expect(parse(`k: ${renderValue('true')}`).k).toBe('true');
  });
});
