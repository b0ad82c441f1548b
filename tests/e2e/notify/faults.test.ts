/**
 * Faults on real servers on 127.0.0.1: a receiver that fails once, one that
 * hangs past the timeout, one that is gone (410), an SMTP server that rejects
 * one recipient, and no SMTP server at all.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startMailServer } from '../../support/mail-server.ts';
import { runNotify } from '../../support/notify.ts';
import { startReceiver } from '../../support/webhook-receiver.ts';
import { INCIDENT_STAGES, notifySite } from './site.ts';

const NOW = '2026-11-21T10:10:00Z';
// Besides the incident's opening, the fixture's weeks-old maintenance has three changes
// (announced, started, completed): recorded, not sent, for each unfiltered subscriber.
const OPENED = 'incident.opened';
const hook = (id: string) => `- id: ${id}\n  webhook: { type: generic, url_env: ${id.toUpperCase().replace(/-/g, '_')}_URL, secret_env: SECRET }\n`;
const sentTo = (state: ReturnType<ReturnType<typeof notifySite>['readState']>, id: string) => Object.keys(state.deliveries[id] ?? {}).filter((c) => c.includes(`/${OPENED}/`));

describe('notify faults', { timeout: 120_000 }, () => {
  const cleanup: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0)) await c();
  });

  async function setUp(scripts: Parameters<typeof startReceiver>[0], subscribers: string) {
    const site = notifySite();
    const hooks = await startReceiver(scripts);
    cleanup.push(() => hooks.close(), () => site.remove());
    site.writeIncident(INCIDENT_STAGES.opened);
    site.writeSubscribers(subscribers);
    return { site, hooks };
  }

  it('a receiver answering 500 then 200 gets the message once, within the same run', async () => {
    const { site, hooks } = await setUp({ '/flaky': [500, 200] }, hook('flaky'));
    const run = await runNotify(site.args('--backoff', '10'), { HELIOGRAPH_NOW: NOW, FLAKY_URL: hooks.url('/flaky'), SECRET: 's' });
    expect(run.status).toBe(0);
    expect(hooks.requests.map((r) => r.acknowledged)).toEqual([false, true]);
    expect(run.stdout).toContain('attempt 1 failed (HTTP 500)');
    expect(sentTo(site.readState(), 'flaky')).toHaveLength(1);
  });

  it('a receiver hanging past the timeout is retried, then left for the next run, which delivers it once', async () => {
    const { site, hooks } = await setUp({ '/slow': ['hang'], '/fast': [200] }, hook('slow') + hook('fast'));
    const env = { HELIOGRAPH_NOW: NOW, SLOW_URL: hooks.url('/slow'), FAST_URL: hooks.url('/fast'), SECRET: 's' };
    const first = await runNotify(site.args('--timeout', '300', '--attempts', '2', '--backoff', '10'), env);
    expect(first.status).toBe(1);
    expect(hooks.requests.filter((r) => r.path === '/slow')).toHaveLength(2);
    expect(first.stdout).toMatch(/failed {2}generic slow .*transient failure \(no answer within 300 ms\), left for the next run after 2 attempts/);
    expect(first.stdout.trim().split('\n').at(-1)).toBe('notify at 2026-11-21T10:10:00.000Z: 1 sent, 6 recorded without sending, 1 left for the next run, 0 rejected');
    expect(sentTo(site.readState(), 'slow')).toEqual([]);
    expect(sentTo(site.readState(), 'fast')).toHaveLength(1);

    hooks.setScript('/slow', ['hang', 200]);
    const second = await runNotify(site.args('--timeout', '300', '--attempts', '2', '--backoff', '10'), env);
    expect(second.status).toBe(0);
    expect(hooks.acknowledged('/slow')).toHaveLength(1);
    expect(hooks.acknowledged('/fast')).toHaveLength(1);
    expect(sentTo(site.readState(), 'slow')).toHaveLength(1);
  });

  it('a receiver answering 410 is reported, not retried, and the others are still delivered', async () => {
    const { site, hooks } = await setUp({ '/gone': [410], '/ok': [200] }, hook('gone') + hook('ok'));
    const run = await runNotify(site.args('--backoff', '10'), { HELIOGRAPH_NOW: NOW, GONE_URL: hooks.url('/gone'), OK_URL: hooks.url('/ok'), SECRET: 's' });
    expect(run.status).toBe(1);
    expect(hooks.requests.filter((r) => r.path === '/gone')).toHaveLength(1);
    expect(hooks.acknowledged('/ok')).toHaveLength(1);
    expect(run.stdout).toMatch(/failed {2}generic gone .*permanent failure \(HTTP 410\), not retried in this run/);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('notify at 2026-11-21T10:10:00.000Z: 1 sent, 6 recorded without sending, 0 left for the next run, 1 rejected');
  });

  it('an SMTP server rejecting one recipient: that one is reported, the others get their mail', async () => {
    const mail = await startMailServer({ reject: ['bounce@example.com'] });
    const { site } = await setUp({}, `- id: first\n  email: first@example.com\n- id: bounce\n  email: bounce@example.com\n- id: last\n  email: last@example.com\n`);
    cleanup.push(() => mail.close());
    const run = await runNotify(site.args('--backoff', '10'), { HELIOGRAPH_NOW: NOW, SMTP_URL: mail.url });
    expect(run.status).toBe(1);
    expect(mail.received.map((r) => r.to)).toEqual([['first@example.com'], ['last@example.com']]);
    expect(run.stdout).toMatch(/failed {2}email {3}bounce \(bounce@example.com\) .*permanent failure \(SMTP 550: .*\)/);
    expect(sentTo(site.readState(), 'bounce')).toEqual([]);
    expect(sentTo(site.readState(), 'last')).toHaveLength(1);
  });

  it('an SMTP server that never greets: timed out, retried and left for the next run', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => silent.close(() => resolve())));
    const { site } = await setUp({}, `- id: ops\n  email: ops@example.com\n`);
    const port = (silent.address() as AddressInfo).port;
    const run = await runNotify(site.args('--timeout', '300', '--attempts', '2', '--backoff', '10'), { HELIOGRAPH_NOW: NOW, SMTP_URL: `smtp://127.0.0.1:${port}` });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/failed {2}email {3}ops .*transient failure .*left for the next run after 2 attempts/);
    expect(sentTo(site.readState(), 'ops')).toEqual([]);
  });

  it('no SMTP server listening: a transient failure, retried and left for the next run', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { site } = await setUp({}, `- id: ops\n  email: ops@example.com\n`);
    const run = await runNotify(site.args('--attempts', '2', '--backoff', '10'), { HELIOGRAPH_NOW: NOW, SMTP_URL: `smtp://127.0.0.1:${port}` });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/retry   email   ops .*attempt 1 failed/);
    expect(run.stdout).toContain('left for the next run after 2 attempts');
    expect(sentTo(site.readState(), 'ops')).toEqual([]);
  });
});
