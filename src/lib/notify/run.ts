/**
 * One notify run: record what is too old to send, then send each due message
 * in turn, saving the state after every delivery, so a run stopped at any
 * point and started again sends the rest and nothing twice. A failure does
 * not stop the others; the report says what was not delivered and why.
 */
import type { DeliveryState } from './delivery-state.ts';
import { withRecord } from './delivery-state.ts';
import type { Delivery, DuePlan } from './due.ts';
import type { Outcome, RetryPolicy } from './retry.ts';
import { withRetries } from './retry.ts';

export interface RunInput {
  plan: DuePlan;
  state: DeliveryState;
  now: string;
  /** One attempt at one delivery. */
  deliver: (delivery: Delivery) => Promise<Outcome>;
  /** Writes the state durably (atomically) before returning. */
  save: (state: DeliveryState) => void;
  retry: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  log: (line: string) => void;
  describe: (delivery: Delivery) => string;
}

export interface Failed {
  delivery: Delivery;
  failure: 'transient' | 'permanent';
  reason: string;
}

export interface RunReport {
  sent: number;
  recorded: number;
  failed: Failed[];
  state: DeliveryState;
}

export async function runDeliveries(input: RunInput): Promise<RunReport> {
  let state = input.state;
  for (const { change, subscriber } of input.plan.record) {
    state = withRecord(state, subscriber.id, change.id, { outcome: 'recorded', at: input.now });
  }
  if (input.plan.record.length > 0) {
    input.save(state);
    input.log(`recorded ${input.plan.record.length} older message${input.plan.record.length === 1 ? '' : 's'} without sending (older than the age limit)`);
  }

  const failed: Failed[] = [];
  let sent = 0;
  for (const delivery of input.plan.send) {
    const what = input.describe(delivery);
    const outcome = await withRetries(() => input.deliver(delivery), input.retry, input.sleep, (o, n) =>
      input.log(`retry   ${what}: attempt ${n} failed (${o.reason})`),
    );
    if (outcome.ok) {
      state = withRecord(state, delivery.subscriber.id, delivery.change.id, { outcome: 'sent', at: input.now });
      input.save(state);
      sent++;
      input.log(`sent    ${what}`);
    } else {
      failed.push({ delivery, failure: outcome.failure, reason: outcome.reason });
      const next = outcome.failure === 'permanent' ? 'not retried in this run' : `left for the next run after ${outcome.attempts} attempts`;
      input.log(`failed  ${what}: ${outcome.failure} failure (${outcome.reason}), ${next}`);
    }
  }
  return { sent, recorded: input.plan.record.length, failed, state };
}
