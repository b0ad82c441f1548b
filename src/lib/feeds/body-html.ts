import { micromark } from 'micromark';

/** Feed items carry the whole body up to this many characters of Markdown. */
export const MAX_BODY_CHARS = 16_000;

/**
 * An entry's Markdown body as HTML for feed readers. Raw HTML in the source is
 * escaped, not passed through (micromark's safe default), and `javascript:`
 * links are dropped. A body over MAX_BODY_CHARS is cut at a paragraph break.
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
  const html = micromark(source);
  return cut ? `${html}\n<p><a href="${escapeHtml(readMoreUrl)}">Read the full entry</a></p>` : html;
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}
