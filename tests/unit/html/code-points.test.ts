import { describe, expect, it } from 'vitest';
import { withoutForbiddenCodePoints } from '../../../src/lib/html/code-points.ts';

describe('withoutForbiddenCodePoints', () => {
  it('drops control characters and noncharacters, keeps whitespace and every other character', () => {
    expect(withoutForbiddenCodePoints('a\u0001b\u0008c\u000Bd\u007Fe\u0085f\uFDD0g\uFFFEh\u{1FFFF}i')).toBe('abcdefghi');
    expect(withoutForbiddenCodePoints('tab\tnl\ncr\rff\u000C 🔥 العربية עברית ‮')).toBe('tab\tnl\ncr\rff\u000C 🔥 العربية עברית ‮');
  });

  it('finds a forbidden code point alone in a page, in every range', () => {
    // Each on its own, so the quick first look must catch it for it to go.
    for (const bad of ['\u0000', '\u001F', '\u009F', '\uFDEF', '\uFFFF', '\u{1FFFE}', '\u{10FFFF}']) {
      expect(withoutForbiddenCodePoints(`<p>x${bad}y</p>`)).toBe('<p>xy</p>');
    }
    // U+1F7FF and U+20BFF end in the low surrogate DFFF too, but are ordinary characters: they stay.
    expect(withoutForbiddenCodePoints('a\u{1F7FF}b\u{20BFF}c')).toBe('a\u{1F7FF}b\u{20BFF}c');
  });
});
