import { describe, expect, it } from 'vitest';
import type { DeliveryState } from '../../../src/lib/notify/delivery-state.ts';
import { emptyState } from '../../../src/lib/notify/delivery-state.ts';
import type { Delivery } from '../../../src/lib/notify/due.ts';
import type { Outcome } from '../../../src/lib/notify/retry.ts';
import { httpOutcome, smtpOutcome, withRetries } from '../../../src/lib/notify/retry.ts';
import { runDeliveries } from '../../../src/lib/notify/run.ts';
import { change, email, OPENED } from './changes.ts';

const transient: Outcome = { ok: false, failure: 'transient', reason: 'HTTP 503' };
const permanent: Outcome = { ok: false, failure: 'permanent', reason: 'HTTP 410' };

function scripted(outcomes: Outcome[]) {
  let calls = 0;
  return { attempt: async () => outcomes[Math.min(calls++, outcomes.length - 1)]!, calls: () => calls };
}

describe('withRetries', () => {
  it('retries transient failures with doubling pauses, then succeeds', async () => {
    const pauses: number[] = [];
    const s = scripted([transient, transient, { ok: true }]);
    const result = await withRetries(s.attempt, { attempts: 3, backoffMs: 100 }, async (ms) => void pauses.push(ms));
    expect(result).toEqual({ ok: true, attempts: 3 });
    expect(pauses).toEqual([100, 200]);
  });

  it('gives up after the last attempt without a pause after it', async () => {
    const pauses: number[] = [];
    const result = await withRetries(scripted([transient]).attempt, { attempts: 2, backoffMs: 5 }, async (ms) => void pauses.push(ms));
    expect(result).toEqual({ ...transient, attempts: 2 });
    expect(pauses).toEqual([5]);
  });

  it('does not retry a permanent failure', async () => {
    const s = scripted([permanent, { ok: true }]);
    expect(await withRetries(s.attempt, { attempts: 5, backoffMs: 1 }, async () => {})).toEqual({ ...permanent, attempts: 1 });
    expect(s.calls()).toBe(1);
  });
});

describe('failure kinds', () => {
  it('HTTP: 2xx delivered, 408/429/5xx transient, other 4xx permanent', () => {
    expect([200, 204, 408, 429, 500, 503, 400, 404, 410].map((s) => { const o = httpOutcome(s); return o.ok ? 'ok' : o.failure; })).toEqual(
      ['ok', 'ok', 'transient', 'transient', 'transient', 'transient', 'permanent', 'permanent', 'permanent'],
    );
  });
  it('SMTP: 5xx permanent, 4xx and no code (connection trouble) transient', () => {
    expect(smtpOutcome(550, 'no such user')).toEqual({ ok: false, failure: 'permanent', reason: 'SMTP 550: no such user' });
    expect(smtpOutcome(451, 'try later')).toMatchObject({ failure: 'transient' });
    expect(smtpOutcome(undefined, 'ECONNREFUSED')).toEqual({ ok: false, failure: 'transient', reason: 'ECONNREFUSED' });
  });
});

describe('runDeliveries', () => {
  const now = '2026-11-21T10:00:00.000Z';
  const a = email('a');
  const b = email('b');

  it('saves the state after every delivery; a failure does not stop the others and is not recorded', async () => {
    const saved: DeliveryState[] = [];
    const outcomes = new Map<string, Outcome>([['b', permanent]]);
    const report = await runDeliveries({
      plan: { send: [{ change: OPENED, subscriber: a }, { change: OPENED, subscriber: b }, { change: change(), subscriber: a }], record: [{ change: change(), subscriber: b }] },
      state: emptyState(),
      now,
      deliver: async (d: Delivery) => outcomes.get(d.subscriber.id) ?? { ok: true },
      save: (s) => saved.push(s),
      retry: { attempts: 3, backoffMs: 0 },
      sleep: async () => {},
      log: () => {},
      describe: (d) => d.subscriber.id,
    });
    expect(report.sent).toBe(2);
    expect(report.recorded).toBe(1);
    expect(report.failed.map((f) => [f.delivery.subscriber.id, f.failure, f.reason])).toEqual([['b', 'permanent', 'HTTP 410']]);
    // One save for the recorded ones, then one per successful delivery.
    expect(saved.map((s) => Object.fromEntries(Object.entries(s.deliveries).map(([k, v]) => [k, Object.keys(v).length])))).toEqual([
      { b: 1 },
      { a: 1, b: 1 },
      { a: 2, b: 1 },
    ]);
    expect(saved.at(-1)!.deliveries['b']![change().id]).toEqual({ outcome: 'recorded', at: now });
    expect(saved.at(-1)!.deliveries['b']![OPENED.id]).toBeUndefined();
  });
});
