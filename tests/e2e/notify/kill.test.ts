/**
 * The notify process killed with SIGKILL after its first deliveries, then
 * run again: every due message arrives exactly once in total.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startMailServer } from '../../support/mail-server.ts';
import { runNotify, startNotify } from '../../support/notify.ts';
import { startReceiver } from '../../support/webhook-receiver.ts';
import { INCIDENT_STAGES, notifySite } from './site.ts';

describe('notify killed half-way', { timeout: 120_000 }, () => {
  const site = notifySite();
  afterAll(() => site.remove());

  it('delivers the rest on the next run and nothing twice', async () => {
    const mail = await startMailServer();
    // Deliveries go oldest change first, subscribers in file order: h1, mail, h2 for each of the three changes.
    // h2's second request is never answered: the process is killed while waiting for it.
    const hooks = await startReceiver({ '/h1': [200], '/h2': [200, 'hang', 200] });
    try {
      site.writeIncident(INCIDENT_STAGES.resolved);
      site.writeSubscribers(`- id: h1
  webhook: { type: generic, url_env: H1_URL, secret_env: SECRET }
- id: eu-mail
  email: eu@example.com
- id: h2
  webhook: { type: generic, url_env: H2_URL, secret_env: SECRET }
`);
      const env = { HELIOGRAPH_NOW: '2026-11-21T11:30:00Z', SMTP_URL: mail.url, H1_URL: hooks.url('/h1'), H2_URL: hooks.url('/h2'), SECRET: 's' };
      const first = startNotify(site.args(), env);
      hooks.onRequest((r) => {
        if (!r.acknowledged) first.child.kill('SIGKILL');
      });
      const killed = await first.done;
      expect(killed.signal).toBe('SIGKILL');
      // Before the kill: change 1 to all three, change 2 to h1 and the mailbox.
      expect(hooks.acknowledged()).toHaveLength(3);
      expect(mail.received).toHaveLength(2);

      const second = await runNotify(site.args(), env);
      expect(second.stderr).toBe('');
      expect(second.status).toBe(0);
      expect(second.stdout.trim().split('\n').at(-1)).toBe('notify at 2026-11-21T11:30:00.000Z: 4 sent, 0 recorded without sending, 0 left for the next run, 0 rejected');

      const deliveries = hooks.acknowledged().map((r) => r.headers['x-heliograph-delivery']);
      expect(deliveries).toHaveLength(6);
      expect(new Set(deliveries).size).toBe(6);
      expect(hooks.acknowledged('/h1')).toHaveLength(3);
      expect(hooks.acknowledged('/h2')).toHaveLength(3);
      const ids = mail.received.map((r) => r.mail.messageId);
      expect(ids).toHaveLength(3);
      expect(new Set(ids).size).toBe(3);
      expect(mail.received.map((r) => r.mail.subject)).toEqual([
        'Investigating: Users in Europe and the UK cannot sign in (EUR, GBR)',
        'Identified: Users in Europe and the UK cannot sign in (EUR, GBR)',
        'Resolved: Users in Europe and the UK cannot sign in (EUR, GBR)',
      ]);
    } finally {
      await mail.close();
      await hooks.close();
    }
  });
});
