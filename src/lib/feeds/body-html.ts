import { micromark } from 'micromark';
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';
import { gfmStrikethrough, gfmStrikethroughHtml } from 'micromark-extension-gfm-strikethrough';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { sanitiseHtml } from '../html/sanitise.ts';
import { escapeHtml } from '../html/escape.ts';

/** Feed items carry the whole body up to this many characters of Markdown. */
export const MAX_BODY_CHARS = 16_000;

/**
 * Tables, strikethrough and bare links as on the pages. Not GFM's tag filter:
 * raw HTML goes through to the sanitiser, the one place that decides what
 * stays, so a feed item shows what the page shows.
 */
const MARKDOWN = {
  allowDangerousHtml: true,
  extensions: [gfmTable(), gfmStrikethrough(), gfmAutolinkLiteral()],
  htmlExtensions: [gfmTableHtml(), gfmStrikethroughHtml(), gfmAutolinkLiteralHtml()],
};

/**
 * An entry's Markdown body as HTML for feed readers, cleaned by the same
 * sanitiser and allowlist as the pages (src/lib/html/sanitise.ts): raw HTML
 * the allowlist permits stays, the rest (scripts, handlers, script URLs, the
 * authoring prompts' comments) is removed. A body over MAX_BODY_CHARS is cut
 * at a paragraph break.
 */
export function bodyHtml(markdown: string, readMoreUrl: string): string {
  let source = markdown;
  let cut = false;
  if (source.length > MAX_BODY_CHARS) {
    const head = source.slice(0, MAX_BODY_CHARS);
    const paragraph = head.lastIndexOf('\n\n');
    source = paragraph > MAX_BODY_CHARS / 2 ? head.slice(0, paragraph) : head;
    cut = true;
  }
  const html = sanitiseHtml(micromark(source, MARKDOWN));
  return cut ? `${html}\n<p><a href="${escapeHtml(readMoreUrl)}">Read the full entry</a></p>` : html;
}
