/**
 * An incident taken through its life (and a maintenance window passing) by
 * successive notify runs at pinned times, against a real SMTP server and a
 * real HTTP receiver on 127.0.0.1: each subscriber whose filter matches gets
 * exactly one message per change; the others get none.
 */
import { createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer } from '../../support/mail-server.ts';
import { runNotify } from '../../support/notify.ts';
import { startReceiver } from '../../support/webhook-receiver.ts';
import { INCIDENT_STAGES, MAINTENANCE_TODAY, notifySite } from './site.ts';

const SECRET = 'generic-signing-secret';

describe('notify through an incident’s life', { timeout: 120_000 }, () => {
  const site = notifySite();
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  let hooks: Awaited<ReturnType<typeof startReceiver>>;
  const runs: Awaited<ReturnType<typeof runNotify>>[] = [];

  beforeAll(async () => {
    mail = await startMailServer();
    hooks = await startReceiver();
    writeFileSync(path.join(site.content, 'maintenance/nam-database.md'), MAINTENANCE_TODAY);
    site.writeSubscribers(`# Who hears about what
- id: eu-mail
  email: eu@example.com
  regions: [EUR]
- id: nam-mail
  email: nam@example.com
  regions: [NAM]
- id: gbr-resolved
  email: gbr@example.com
  regions: [GBR]
  kinds: [incident.resolved]
- id: major-slack
  webhook: { type: slack, url_env: SLACK_URL }
  kinds: [incident]
  severity: [major]
- id: maintenance-teams
  webhook: { type: teams, url_env: TEAMS_URL }
  kinds: [maintenance]
- id: sign-in-hook
  webhook: { type: generic, url_env: HOOK_URL, secret_env: HOOK_SECRET }
  components: [sign-in]
`);
    const env = (now: string) => ({
      HELIOGRAPH_NOW: now,
      SMTP_URL: mail.url,
      SLACK_URL: hooks.url('/slack'),
      TEAMS_URL: hooks.url('/teams'),
      HOOK_URL: hooks.url('/hook'),
      HOOK_SECRET: SECRET,
    });
    const stages: [string, string | undefined][] = [
      ['2026-11-21T10:10:00Z', INCIDENT_STAGES.opened],
      ['2026-11-21T10:40:00Z', INCIDENT_STAGES.identified],
      ['2026-11-21T11:30:00Z', INCIDENT_STAGES.resolved],
      ['2026-11-21T12:00:00Z', undefined],
    ];
    for (const [now, incident] of stages) {
      if (incident) site.writeIncident(incident);
      runs.push(await runNotify(site.args(), env(now)));
    }
  });

  afterAll(async () => {
    await mail?.close();
    await hooks?.close();
    site.remove();
  });

  it('every run delivers everything due and exits 0; the last run has nothing new', () => {
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    }
    expect(runs.map((r) => r.stdout.trim().split('\n').at(-1))).toEqual([
      // run 1: the incident opened (eu, slack, hook); the maintenance announcement (11 days old) is recorded, not sent
      'notify at 2026-11-21T10:10:00.000Z: 3 sent, 2 recorded without sending, 0 left for the next run, 0 rejected',
      // run 2: identified (eu, slack, hook) and the window starting (nam, teams)
      'notify at 2026-11-21T10:40:00.000Z: 5 sent, 0 recorded without sending, 0 left for the next run, 0 rejected',
      // run 3: the maintenance completed (nam, teams), the incident resolved (eu, gbr, slack, hook)
      'notify at 2026-11-21T11:30:00.000Z: 6 sent, 0 recorded without sending, 0 left for the next run, 0 rejected',
      'notify at 2026-11-21T12:00:00.000Z: 0 sent, 0 recorded without sending, 0 left for the next run, 0 rejected',
    ]);
  });

  it('sends each matching subscriber one email per change, threaded as one incident', () => {
    const eu = mail.to('eu@example.com');
    expect(eu.map((m) => m.subject)).toEqual([
      'Investigating: Users in Europe and the UK cannot sign in (EUR, GBR)',
      'Identified: Users in Europe and the UK cannot sign in (EUR, GBR)',
      'Resolved: Users in Europe and the UK cannot sign in (EUR, GBR)',
    ]);
    const [first, second, third] = eu;
    expect(first!.messageId).toMatch(/^<.+@status\.example\.com>$/);
    expect(first!.inReplyTo).toBeUndefined();
    expect(second!.inReplyTo).toBe(first!.messageId);
    expect(third!.inReplyTo).toBe(first!.messageId);
    expect(third!.references).toBe(first!.messageId);
    expect(new Set(eu.map((m) => m.messageId)).size).toBe(3);

    expect(mail.to('gbr@example.com').map((m) => m.subject)).toEqual(['Resolved: Users in Europe and the UK cannot sign in (EUR, GBR)']);
    expect(mail.to('nam@example.com').map((m) => m.subject)).toEqual([
      'In progress: Database upgrade in North America (NAM)',
      'Completed: Database upgrade in North America (NAM)',
    ]);
    expect(mail.received).toHaveLength(6);
  });

  it('has both parts, the kind’s colour with a word, the links and List-Unsubscribe', () => {
    const [opened, , resolved] = mail.to('eu@example.com');
    expect(opened!.from?.text).toBe('"Notify Test Status" <status@example.com>');
    expect(opened!.text).toContain('We are investigating sign-in failures in Europe and the United Kingdom.');
    expect(opened!.text).toContain('Details: https://status.example.com/incidents/2026/eur-sign-in/#update-1');
    expect(opened!.text).toContain('Manage notifications: https://status.example.com/subscribe/');
    const html = opened!.html as string;
    expect(html).toContain('background-color:#f97316');
    expect(html).toContain('Major incident: Investigating');
    expect(html).toContain('href="https://status.example.com/incidents/2026/eur-sign-in/#update-1"');
    expect(html).toContain('href="https://status.example.com/subscribe/"');
    expect(resolved!.html).toContain('background-color:#bbf7d0');
    expect(resolved!.html).toContain('Service restored: Resolved');
    expect(resolved!.text).toContain('#update-3');
    expect(mail.to('nam@example.com')[0]!.html).toContain('background-color:#fed7aa');
    const unsubscribe = opened!.headerLines.find((h) => h.key === 'list-unsubscribe')?.line;
    expect(unsubscribe).toBe('List-Unsubscribe: <mailto:unsubscribe@example.com?subject=unsubscribe>');
  });

  it('posts Slack, Teams and signed generic payloads once per matching change', () => {
    const bodies = (p: string) => hooks.acknowledged(p).map((r) => JSON.parse(r.body) as Record<string, unknown>);
    expect(bodies('/slack').map((b) => b['text'])).toEqual([
      '⚠\uFE0E Major incident: Investigating: Users in Europe and the UK cannot sign in (EUR, GBR)',
      '⚠\uFE0E Major incident: Identified: Users in Europe and the UK cannot sign in (EUR, GBR)',
      '✓ Service restored: Resolved: Users in Europe and the UK cannot sign in (EUR, GBR)',
    ]);
    const teams = bodies('/teams') as { attachments: { contentType: string; content: { body: { items?: { text: string }[] }[] } }[] }[];
    expect(teams.map((t) => t.attachments[0]!.content.body[0]!.items![0]!.text)).toEqual(['⚙\uFE0E Maintenance: In progress', '⚙\uFE0E Maintenance: Completed']);
    expect(teams.every((t) => t.attachments[0]!.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);

    const generic = hooks.acknowledged('/hook');
    expect(generic.map((r) => (JSON.parse(r.body) as { event: string }).event)).toEqual(['incident.opened', 'incident.updated', 'incident.resolved']);
    for (const r of generic) {
      // What a receiver does: HMAC-SHA256 of the raw body with the shared secret.
      expect(r.headers['x-heliograph-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(r.body).digest('hex')}`);
      expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    }
    const last = JSON.parse(generic[2]!.body) as { version: number; incident: { status: string; resolved_at: string; incident_updates: unknown[] } };
    expect(last.version).toBe(1);
    expect(last.incident.status).toBe('resolved');
    expect(last.incident.resolved_at).toBe('2026-11-21T11:20:00.000Z');
    expect(last.incident.incident_updates).toHaveLength(3);
    expect(hooks.requests).toHaveLength(8);
  });

  it('records every delivery in the state file', () => {
    const counts = Object.fromEntries(Object.entries(site.readState().deliveries).map(([id, d]) => [id, Object.values(d).filter((r) => r.outcome === 'sent').length]));
    expect(counts).toEqual({ 'eu-mail': 3, 'nam-mail': 2, 'gbr-resolved': 1, 'major-slack': 3, 'maintenance-teams': 2, 'sign-in-hook': 3 });
  });
});
