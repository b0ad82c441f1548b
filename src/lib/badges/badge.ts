/**
 * Status badges: a label and the status in words, on solid backgrounds of
 * their own so they read the same on light and dark pages (text contrast
 * ≥ 4.5:1 on every background, checked in the tests).
 */
import { escapeXml, stripXmlForbidden } from '../feeds/xml.ts';
import type { ComponentStatus } from '../status/impact.ts';
import { STATUS_LABEL } from '../status/impact.ts';

export const LABEL_BACKGROUND = '#30363d';
export const TEXT_COLOUR = '#ffffff';

export const STATUS_BACKGROUND: Record<ComponentStatus, string> = {
  operational: '#1a7f37',
  under_maintenance: '#0550ae',
  degraded_performance: '#8a5a00',
  partial_outage: '#b03a00',
  major_outage: '#b3141e',
};

/** Longer labels and messages are cut with an ellipsis, so a badge stays badge-sized. */
export const MAX_TEXT_CHARS = 40;

const FONT_SIZE = 11;
const PADDING = 6;
const HEIGHT = 20;

/** Approximate advance of one character in 11 px Verdana/DejaVu Sans. */
function charWidth(char: string): number {
  const cp = char.codePointAt(0)!;
  if (cp >= 0x1100 && (cp <= 0x115f || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || cp >= 0x1f000)) return 13;
  if (/\p{Mn}|\p{Cf}/u.test(char)) return 0;
  if ("iljtfI.,:;'|!() ".includes(char)) return 4;
  if (/[A-Z]|[mwMW@%]/.test(char)) return 8.5;
  return 7;
}

/** Text width in pixels, from its characters (no font metrics at build time). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return Math.ceil(width);
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_TEXT_CHARS ? text : `${chars.slice(0, MAX_TEXT_CHARS - 1).join('').trimEnd()}…`;
}

export function renderBadge(label: string, status: ComponentStatus, message: string = STATUS_LABEL[status]): string {
  const fullLabel = stripXmlForbidden(label).trim();
  const fullMessage = stripXmlForbidden(message).trim();
  const cleanLabel = shorten(fullLabel);
  const cleanMessage = shorten(fullMessage);
  const labelWidth = textWidth(cleanLabel) + 2 * PADDING;
  const messageWidth = textWidth(cleanMessage) + 2 * PADDING;
  const width = labelWidth + messageWidth;
  const title = `${fullLabel}: ${fullMessage}`; // the accessible name is never cut
  const text = (x: number, w: number, value: string) =>
    `<text x="${x}" y="14" textLength="${w}" lengthAdjust="spacingAndGlyphs">${escapeXml(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${labelWidth}" height="${HEIGHT}" rx="3" fill="${LABEL_BACKGROUND}"/>`,
    `<rect x="${labelWidth}" width="${messageWidth}" height="${HEIGHT}" rx="3" fill="${STATUS_BACKGROUND[status]}"/>`,
    `<rect x="${labelWidth - 3}" width="6" height="${HEIGHT}" fill="${STATUS_BACKGROUND[status]}"/>`,
    `<g fill="${TEXT_COLOUR}" font-family="Verdana,DejaVu Sans,Geneva,sans-serif" font-size="${FONT_SIZE}">`,
    text(PADDING, labelWidth - 2 * PADDING, cleanLabel),
    text(labelWidth + PADDING, messageWidth - 2 * PADDING, cleanMessage),
    `</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
