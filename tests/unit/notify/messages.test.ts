import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emailMessage } from '../../../src/lib/notify/email.ts';
import { genericPayload, signature, verifySignature } from '../../../src/lib/notify/generic.ts';
import { entryUrl, messageId, threadRoots } from '../../../src/lib/notify/links.ts';
import { slackMessage } from '../../../src/lib/notify/slack.ts';
import { teamsMessage } from '../../../src/lib/notify/teams.ts';
import { change, OPENED, SITE } from './changes.ts';

const UPDATED = change();
const ctx = (c = UPDATED, root = OPENED) => ({ change: c, site: SITE, root });

describe('links and thread ids', () => {
  it('links the anchored entry page', () => {
    expect(entryUrl(SITE, UPDATED)).toBe('https://status.example.com/incidents/2026/eur-sign-in/#update-2');
  });

  it('makes a Message-ID per change that is stable, valid and distinct', () => {
    const id = messageId(SITE, UPDATED.id);
    expect(id).toBe(messageId(SITE, UPDATED.id));
    expect(id).not.toBe(messageId(SITE, OPENED.id));
    // dot-atom local part @ the site's host, in angle brackets (RFC 5322 msg-id)
    expect(id).toMatch(/^<[A-Za-z0-9!#$%&'*+\-=?^_`{|}~]+(\.[A-Za-z0-9!#$%&'*+\-=?^_`{|}~]+)*@status\.example\.com>$/);
  });

  it('roots every change of an entry at its first change', () => {
    const roots = threadRoots([UPDATED, OPENED]);
    expect(roots.get('incidents/2026/eur-sign-in')).toBe(OPENED);
  });
});

describe('emailMessage', () => {
  const m = emailMessage(ctx());

  it('has the state, title and regions in the subject', () => {
    expect(m.subject).toBe('Identified: Users in Europe cannot sign in (EUR, GBR)');
  });

  it('replies to the first message of the incident; the first message replies to nothing', () => {
    expect(m.inReplyTo).toBe(messageId(SITE, OPENED.id));
    expect(m.references).toBe(messageId(SITE, OPENED.id));
    const first = emailMessage(ctx(OPENED, OPENED));
    expect(first.inReplyTo).toBeUndefined();
    expect(first.messageId).toBe(messageId(SITE, OPENED.id));
  });

  it('paints the banner in the kind colour with a word and icon, in inline styles only', () => {
    expect(m.html).toContain('background-color:#f97316');
    expect(m.html).toContain('<span aria-hidden="true">⚠\uFE0E</span> Major incident: Identified</div>');
    expect(m.html).not.toMatch(/<style|class=/);
    expect(m.html).toContain('<meta name="color-scheme" content="light dark">');
    const restored = emailMessage(ctx(change({ tone: 'restored', state: 'Resolved' })));
    expect(restored.html).toContain('background-color:#bbf7d0');
    expect(restored.html).toContain('Service restored: Resolved');
    expect(emailMessage(ctx(change({ tone: 'maintenance' }))).html).toContain('background-color:#fed7aa');
    expect(emailMessage(ctx(change({ tone: 'awareness' }))).html).toContain('background-color:#bfdbfe');
    expect(emailMessage(ctx(change({ tone: 'readiness' }))).html).toContain('background-color:#22c55e');
  });

  it('has a plain-text part with the same words and links, and List-Unsubscribe from site.yaml', () => {
    expect(m.text).toBe(`⚠\uFE0E Major incident: Identified

Users in Europe cannot sign in

A certificate expired.

- Impact: major outage
- Regions: EUR, GBR

Details: https://status.example.com/incidents/2026/eur-sign-in/#update-2

--
You receive this because you subscribed to Contoso Cloud Status notifications.
Manage notifications: https://status.example.com/subscribe/
Unsubscribe: mailto:unsubscribe@example.com
`);
    expect(m.html).toContain('href="https://status.example.com/incidents/2026/eur-sign-in/#update-2"');
    expect(m.html).toContain('href="https://status.example.com/subscribe/"');
    expect(m.listUnsubscribe).toBe('mailto:unsubscribe@example.com');
  });

  it('shows content as text, never as markup', () => {
    const hostile = emailMessage(ctx(change({ summary: '<img src=x onerror=alert(1)> & "q"', title: 'A\r\nBcc: x@evil.example' })));
    expect(hostile.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
    expect(hostile.html).not.toContain('<img');
    expect(hostile.subject).toBe('A Bcc: x@evil.example');
  });
});

describe('Slack and Teams', () => {
  it('Slack: Block Kit in an attachment with the kind colour; mrkdwn escaped', () => {
    const s = slackMessage(ctx(change({ summary: 'Use <https://evil.example|this> & more' }))) as { text: string; attachments: { color: string; blocks: { type: string; text?: { text: string }; elements?: { url?: string }[] }[] }[] };
    expect(s.text).toBe('⚠\uFE0E Major incident: Identified: Users in Europe cannot sign in (EUR, GBR)');
    expect(s.attachments[0]!.color).toBe('#9a3412');
    expect(s.attachments[0]!.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context', 'actions']);
    expect(s.attachments[0]!.blocks[1]!.text!.text).toBe('Use &lt;https://evil.example|this&gt; &amp; more');
    expect(s.attachments[0]!.blocks[3]!.elements![0]!.url).toBe('https://status.example.com/incidents/2026/eur-sign-in/#update-2');
  });

  it('Teams: an Adaptive Card 1.4 with the banner as a styled container and a link action', () => {
    const t = teamsMessage(ctx(change({ summary: 'see [here](https://evil.example)' }))) as { type: string; attachments: { contentType: string; content: { type: string; version: string; body: { type: string; style?: string; items?: { text: string }[]; text?: string }[]; actions: { url: string }[] } }[] };
    expect(t.type).toBe('message');
    const card = t.attachments[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.type).toBe('AdaptiveCard');
    expect(card.content.version).toBe('1.4');
    expect(card.content.body[0]).toMatchObject({ type: 'Container', style: 'attention' });
    expect(card.content.body[0]!.items![0]!.text).toBe('⚠\uFE0E Major incident: Identified');
    expect(card.content.body[2]!.text).toBe('see [here]\u200B(https://evil.example)');
    expect(card.content.actions[0]!.url).toBe('https://status.example.com/incidents/2026/eur-sign-in/#update-2');
  });
});

describe('generic payload', () => {
  it('is version 1 with the change and the Statuspage incident shape at the time of the change', () => {
    const p = genericPayload(ctx()) as Record<string, Record<string, unknown>>;
    expect(p['version']).toBe(1);
    expect(p['event']).toBe('incident.updated');
    expect(p['page']).toEqual({ id: 'https://status.example.com', name: 'Contoso Cloud Status', url: 'https://status.example.com' });
    expect(p['change']).toMatchObject({ id: UPDATED.id, kind: 'incident.updated', thread: OPENED.id, entry: 'incidents/2026/eur-sign-in', url: 'https://status.example.com/incidents/2026/eur-sign-in/#update-2' });
    expect(p['incident']).toEqual({
      id: 'incidents/2026/eur-sign-in',
      name: 'Users in Europe cannot sign in',
      status: 'identified',
      impact: 'major',
      created_at: '2026-11-21T08:00:00.000Z',
      updated_at: '2026-11-21T09:00:00.000Z',
      resolved_at: null,
      shortlink: 'https://status.example.com/incidents/2026/eur-sign-in/#update-2',
      components: [{ id: 'sign-in' }],
      incident_updates: [
        { status: 'identified', body: 'A certificate expired.', created_at: '2026-11-21T09:00:00.000Z' },
        { status: 'investigating', body: 'We are investigating.', created_at: '2026-11-21T08:05:00.000Z' },
      ],
    });
    // At the first change, only the first update had been posted.
    const first = genericPayload(ctx(OPENED, OPENED)) as Record<string, Record<string, unknown[]>>;
    expect(first['incident']!['incident_updates']).toHaveLength(1);
  });

  it('signs with HMAC-SHA256 (the published test vector) and verifies', () => {
    expect(signature('The quick brown fox jumps over the lazy dog', 'key')).toBe('sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
    const body = JSON.stringify(genericPayload(ctx()));
    const header = `sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}`;
    expect(verifySignature(body, 's3cret', header)).toBe(true);
    expect(verifySignature(`${body} `, 's3cret', header)).toBe(false);
    expect(verifySignature(body, 'other', header)).toBe(false);
  });
});
