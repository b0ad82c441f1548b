/**
 * Status badges: a label and the status in words, drawn by `badge-maker`
 * (shields.io's renderer, which measures the text with Verdana's real advance
 * widths) on solid backgrounds of their own, so they read the same on light
 * and dark pages (text contrast ≥ 4.5:1 on every background, checked in the tests).
 */
import { makeBadge } from 'badge-maker';
import { escapeXml, stripXmlForbidden } from '../web/xml.ts';
import type { ComponentStatus } from '../status/impact.ts';
import { STATUS_LABEL } from '../status/impact.ts';

export const LABEL_BACKGROUND = '#30363d';
/** badge-maker's text colour on dark backgrounds. */
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

/** Cuts by code points, so an emoji's surrogate pair is never split. */
function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_TEXT_CHARS ? text : `${chars.slice(0, MAX_TEXT_CHARS - 1).join('').trimEnd()}…`;
}

export function renderBadge(label: string, status: ComponentStatus, message: string = STATUS_LABEL[status]): string {
  // badge-maker escapes markup but not the control characters XML 1.0 forbids.
  const fullLabel = stripXmlForbidden(label).trim();
  const fullMessage = stripXmlForbidden(message).trim();
  const svg = makeBadge({
    label: shorten(fullLabel),
    message: shorten(fullMessage),
    labelColor: LABEL_BACKGROUND,
    color: STATUS_BACKGROUND[status],
    style: 'flat',
  });
  // badge-maker names the badge after the text it draws; the accessible name is never cut.
  const title = escapeXml(`${fullLabel}: ${fullMessage}`);
  return `${svg.replace(/aria-label="[^"]*"/, `aria-label="${title}"`).replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)}\n`;
}
