/**
 * A Slack incoming-webhook message in Block Kit, inside an attachment so the
 * kind's colour shows as the bar beside it; the word and icon say the same.
 */
import { entryUrl } from './links.ts';
import type { MessageContext } from './message-context.ts';
import { TONE_STYLE, toneWord } from './tone.ts';

export function slackMessage({ change, site }: MessageContext): Record<string, unknown> {
  const style = TONE_STYLE[change.tone];
  const header = `${style.icon} ${toneWord(change)}: ${change.title}`;
  const blocks: Record<string, unknown>[] = [
    // Header blocks hold plain text of at most 150 characters.
    { type: 'header', text: { type: 'plain_text', text: truncate(header, 150), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn(change.summary), 3000) } },
  ];
  if (change.facts.length) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(change.facts.map(mrkdwn).join('  ·  '), 3000) }] });
  blocks.push({
    type: 'actions',
    elements: [{ type: 'button', text: { type: 'plain_text', text: `View on ${truncate(site.title, 60)}` }, url: entryUrl(site, change) }],
  });
  return { text: truncate(header, 3000), attachments: [{ color: style.edge, blocks }] };
}

/** Slack's mrkdwn: &, < and > must be escaped, or text can forge links and mentions. */
function mrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
