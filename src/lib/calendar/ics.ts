/**
 * A small iCalendar (RFC 5545) writer: TEXT escaping, UTC date-times,
 * content lines folded at 75 octets without splitting a UTF-8 character,
 * CRLF line ends.
 */

/** Control characters iCalendar TEXT cannot carry (tab is allowed; newlines are escaped first). */
const ICS_FORBIDDEN = /[\u0000-\u0008\u000A-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A TEXT value (RFC 5545 §3.3.11): `\` `;` `,` and newlines escaped, control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(ICS_FORBIDDEN, '');
}

/** A URI or other non-TEXT value: nothing to escape, but it must stay on its content line. */
export function safeValue(value: string): string {
  return value.replace(ICS_FORBIDDEN, '');
}

/** `2026-11-24T03:00:00.000Z` → `20261124T030000Z` (a UTC DATE-TIME). */
export function formatUtcDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a time: ${iso}`);
  return d.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

const encoder = new TextEncoder();

/** Folds one content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `NAME;PARAM=x:value`, value already escaped. */
export type ContentLine = [name: string, value: string];

export interface IcsComponent {
  type: string;
  lines: ContentLine[];
  components?: IcsComponent[];
}

export function serializeIcs(component: IcsComponent): string {
  const out: string[] = [];
  const walk = (c: IcsComponent) => {
    out.push(`BEGIN:${c.type}`);
    for (const [name, value] of c.lines) out.push(foldLine(`${name}:${value}`));
    for (const child of c.components ?? []) walk(child);
    out.push(`END:${c.type}`);
  };
  walk(component);
  return `${out.join('\r\n')}\r\n`;
}
