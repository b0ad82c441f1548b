/** `npm run notify`'s input checks, --dry-run and the first-run rule, with a real SMTP server that must receive nothing. */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer } from '../../support/mail-server.ts';
import { runNotify } from '../../support/notify.ts';
import { INCIDENT_STAGES, notifySite } from './site.ts';

describe('npm run notify: input and dry run', { timeout: 120_000 }, () => {
  const site = notifySite();
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  beforeAll(async () => {
    mail = await startMailServer();
    site.writeIncident(INCIDENT_STAGES.identified);
  });
  afterAll(async () => {
    await mail.close();
    site.remove();
  });
  const env = (now = '2026-11-21T10:40:00Z') => ({ HELIOGRAPH_NOW: now, SMTP_URL: mail.url });

  it('a typo in a filter region fails with file:line: field, sends nothing and writes no state', async () => {
    site.writeSubscribers(`- id: ops
  email: ops@example.com
  regions: [EUR, GRB]
`);
    const run = await runNotify(site.args(), env());
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${site.subscribers}:3: 0.regions.1: found "GRB", expected a region code from regions.yaml: EUR, GBR, NAM (leave regions out for every region)`,
      'notify stopped: 1 problem; nothing was sent',
    ]);
    expect(mail.received).toEqual([]);
    expect(existsSync(site.state)).toBe(false);
  });

  it('a webhook whose URL variable is unset fails before anything is sent', async () => {
    site.writeSubscribers(`- id: ops
  email: ops@example.com
- id: chat
  webhook:
    type: slack
    url_env: SLACK_OPS_URL
`);
    const run = await runNotify(site.args(), env());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${site.subscribers}:6: 1.webhook.url_env: found SLACK_OPS_URL unset, expected it to hold the webhook URL`);
    expect(mail.received).toEqual([]);
  });

  it('bad arguments get one line, no stack trace', async () => {
    const run = await runNotify(site.args('--max-age', 'soon'), env());
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('error: --max-age: found "soon", expected a number of hours ≥ 0');
    const help = await runNotify(['--help'], {});
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--dry-run');
  });

  it('--dry-run prints exactly what would go out and sends and writes nothing', async () => {
    site.writeSubscribers(`- id: eu
  email: eu@example.com
  regions: [EUR]
- id: nam
  email: nam@example.com
  regions: [NAM]
`);
    const run = await runNotify(site.args('--dry-run'), env());
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('would send'))).toEqual([
      expect.stringMatching(/^would send {3}email {3}eu \(eu@example\.com\) tag:heliograph,2026:incidents\/2026\/eur-sign-in\/incident\.opened\/.*: Investigating: Users in Europe and the UK cannot sign in \(EUR, GBR\)$/),
      expect.stringMatching(/^would send {3}email {3}eu \(eu@example\.com\) tag:heliograph,2026:incidents\/2026\/eur-sign-in\/incident\.updated\/.*: Identified: Users in Europe and the UK cannot sign in \(EUR, GBR\)$/),
    ]);
    // The fixture's weeks-old maintenance in NAM: announced, started, completed, for nam only.
    expect(lines.at(-1)).toBe('dry run at 2026-11-21T10:40:00.000Z: 2 to send, 3 older than 24 h to record without sending; nothing sent or written');
    expect(mail.received).toEqual([]);
    expect(existsSync(site.state)).toBe(false);
  });

  it('the first run on an existing site records the past instead of sending it', async () => {
    const run = await runNotify(site.args(), env('2026-11-23T10:40:00Z'));
    expect(run.status).toBe(0);
    // eu: the incident's two changes; nam: the maintenance's three.
    expect(run.stdout.trim().split('\n').at(-1)).toBe('notify at 2026-11-23T10:40:00.000Z: 0 sent, 5 recorded without sending, 0 left for the next run, 0 rejected');
    expect(mail.received).toEqual([]);
    const again = await runNotify(site.args(), env('2026-11-23T10:50:00Z'));
    expect(again.stdout.trim().split('\n').at(-1)).toBe('notify at 2026-11-23T10:50:00.000Z: 0 sent, 0 recorded without sending, 0 left for the next run, 0 rejected');
  });
});
