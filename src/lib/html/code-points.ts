/**
 * Code points HTML forbids in a document (control characters other than
 * whitespace, and noncharacters): browsers show them as boxes or nothing, and
 * the W3C checker reports each as an error. Content may carry them (authors
 * paste them); JSON keeps them, escaped, and XML drops them (web/xml.ts).
 */
const FORBIDDEN_IN_HTML = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\p{Noncharacter_Code_Point}]/gu;

/**
 * A cheap first look, by UTF-16 code unit: every forbidden code point has one
 * of these units (a noncharacter above U+FFFF ends in the low surrogate DFFE
 * or DFFF). Almost every page has none, and this scan is much faster than the
 * Unicode-aware pattern.
 */
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\uDFFE\uDFFF]/;

/** A page's HTML without the code points HTML forbids. */
export function withoutForbiddenCodePoints(html: string): string {
  return MAYBE_FORBIDDEN.test(html) ? html.replace(FORBIDDEN_IN_HTML, '') : html;
}
