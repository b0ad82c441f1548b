/**
 * One email per change: subject with state, title and regions; an HTML part
 * with inline styles only (clients strip <style>) that keeps its colours in
 * dark mode; a plain-text part with the same words; List-Unsubscribe; and a
 * Message-ID per change that replies to the entry's first change.
 */
import { entryUrl, messageId, subscribeUrl } from './links.ts';
import type { MessageContext } from './message-context.ts';
import { TONE_STYLE, toneWord } from './tone.ts';

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Absent on an entry's first message. */
  inReplyTo?: string;
  references?: string;
  listUnsubscribe?: string;
}

export function emailMessage({ change, site, root }: MessageContext): EmailMessage {
  const style = TONE_STYLE[change.tone];
  const word = toneWord(change);
  const url = entryUrl(site, change);
  const manage = subscribeUrl(site);
  const unsubscribe = site.notifications?.unsubscribe;
  const id = messageId(site, change.id);
  const rootId = messageId(site, root.id);

  const text = [
    `${style.icon} ${word}: ${change.state}`,
    '',
    change.entry.data.title,
    '',
    change.summary,
    '',
    ...change.facts.map((f) => `- ${f}`),
    ...(change.facts.length ? [''] : []),
    `Details: ${url}`,
    '',
    '--',
    `You receive this because you subscribed to ${site.title} notifications.`,
    `Manage notifications: ${manage}`,
    ...(unsubscribe ? [`Unsubscribe: ${unsubscribe}`] : []),
    '',
  ].join('\n');

  const ink = 'color:#111111';
  const link = 'color:#1d4ed8;text-decoration:underline';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${esc(change.title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#ffffff;${ink}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;${ink};font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5">
<tr><td style="padding:16px;max-width:600px">
<div data-tone="${change.tone}" style="background-color:${style.background};color:${style.foreground};border-left:6px solid ${style.edge};padding:12px 16px;font-weight:bold;font-size:16px"><span aria-hidden="true">${esc(style.icon)}</span> ${esc(word)}: ${esc(change.state)}</div>
<h1 style="font-size:20px;line-height:1.3;margin:16px 0 8px;${ink}">${esc(change.entry.data.title)}</h1>
<p style="margin:0 0 12px;${ink}">${esc(change.summary)}</p>
${change.facts.length ? `<ul style="margin:0 0 12px;padding-left:20px;${ink}">${change.facts.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>\n` : ''}<p style="margin:0 0 24px"><a href="${esc(url)}" style="${link}">Read the details on ${esc(site.title)}</a></p>
<p style="margin:0;font-size:13px;color:#444444;border-top:1px solid #cccccc;padding-top:12px">You receive this because you subscribed to ${esc(site.title)} notifications. <a href="${esc(manage)}" style="${link}">Manage notifications</a>${unsubscribe ? ` · <a href="${esc(unsubscribe)}" style="${link}">Unsubscribe</a>` : ''}</p>
</td></tr>
</table>
</body>
</html>
`;

  const message: EmailMessage = { subject: oneLine(change.title), text, html, messageId: id };
  if (root.id !== change.id) {
    message.inReplyTo = rootId;
    message.references = rootId;
  }
  if (unsubscribe) message.listUnsubscribe = unsubscribe;
  return message;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').trim();
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
