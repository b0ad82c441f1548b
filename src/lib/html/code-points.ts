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

/**
 * Whether UTF-8 bytes may hold a code point HTML forbids: the same first look
 * on the encoded page, byte by byte (a third of the time of a pattern on the
 * bytes read as latin1, and no decoding). Each test is the encoding of one
 * forbidden range: C0 controls other than whitespace, and DEL; C1 controls
 * (C2 80–9F); U+FDD0–FDEF (EF B7 90–AF); U+FFFE/FFFF (EF BF BE/BF); and
 * U+nFFFE/nFFFF above the BMP (F0–F4, a second byte ending in F, then BF,
 * BE/BF). A hit may be a false alarm (an ill-formed sequence), never a miss.
 */
function mayHoldForbidden(bytes: Uint8Array): boolean {
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20) {
      if (b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return true;
    } else if (b >= 0x7f) {
      if (b === 0x7f) return true;
      if (b === 0xc2) {
        const next = bytes[i + 1] ?? 0;
        if (next >= 0x80 && next <= 0x9f) return true;
      } else if (b === 0xef) {
        const second = bytes[i + 1] ?? 0;
        const third = bytes[i + 2] ?? 0;
        if ((second === 0xb7 && third >= 0x90 && third <= 0xaf) || (second === 0xbf && third >= 0xbe)) return true;
      } else if (b >= 0xf0) {
        if (((bytes[i + 1] ?? 0) & 0x0f) === 0x0f && bytes[i + 2] === 0xbf && (bytes[i + 3] ?? 0) >= 0xbe) return true;
      }
    }
  }
  return false;
}

/**
 * A page's UTF-8 bytes without the code points HTML forbids: the very bytes
 * given when there are none (almost every page), so the page is neither
 * decoded nor encoded again.
 */
export function withoutForbiddenCodePointsInUtf8(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  if (!mayHoldForbidden(bytes)) return bytes;
  return new TextEncoder().encode(withoutForbiddenCodePoints(new TextDecoder().decode(bytes)));
}
