import { describe, expect, it } from 'vitest';
import { withoutForbiddenCodePoints, withoutForbiddenCodePointsInUtf8 } from '../../../src/lib/html/code-points.ts';

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

describe('withoutForbiddenCodePointsInUtf8', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it('hands back the very same bytes when nothing is forbidden, whatever their neighbours in the encoding', () => {
    // Each shares leading bytes with a forbidden range: U+00A0 and U+00B7 (C2 A0, C2 B7) beside the C1
    // controls, U+FDCF and U+FDF0 around U+FDD0–FDEF, U+FFFD beside U+FFFE, U+1FFFD and U+2FFFD beside
    // the noncharacters above the BMP, and emoji (F0 9F …).
    const page = utf8('<p>tab\tnl\ncr\rff\u000C\u00A0·\uFDCF\uFDF0\uFFFD\u{1FFFD}\u{2FFFD}\u{1F7FF}🔥 ✔️ العربية</p>');
    expect(withoutForbiddenCodePointsInUtf8(page)).toBe(page);
  });

  it('drops each forbidden code point, alone in a page, in every range', () => {
    for (const bad of ['\u0000', '\u0008', '\u000B', '\u000E', '\u001F', '\u007F', '\u0080', '\u009F', '\uFDD0', '\uFDEF', '\uFFFE', '\uFFFF', '\u{1FFFE}', '\u{2FFFF}', '\u{4FFFE}', '\u{10FFFF}']) {
      expect(text(withoutForbiddenCodePointsInUtf8(utf8(`<p>x${bad}y</p>`)))).toBe('<p>xy</p>');
    }
  });

  it('keeps every other character of a page that had one', () => {
    expect(text(withoutForbiddenCodePointsInUtf8(utf8('é\u0001🔥\uFFFF עברית')))).toBe('é🔥 עברית');
  });
});
