import { describe, expect, it } from 'vitest';
import { withoutForbiddenCodePoints } from '../../../src/lib/html/code-points.ts';

describe('withoutForbiddenCodePoints', () => {
  it('drops control characters and noncharacters, keeps whitespace and every other character', () => {
    expect(withoutForbiddenCodePoints('a\u0001b\u0008c\u000Bd\u007Fe\u0085f\uFDD0g\uFFFEh\u{1FFFF}i')).toBe('abcdefghi');
    expect(withoutForbiddenCodePoints('tab\tnl\ncr\rff\u000C 🔥 العربية עברית ‮')).toBe('tab\tnl\ncr\rff\u000C 🔥 العربية עברית ‮');
  });
});
