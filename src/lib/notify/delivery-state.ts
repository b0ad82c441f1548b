/**
 * What has been delivered to whom: per subscriber id, per change id, how it
 * ended (`sent`, or `recorded` without sending by the age rule) and when.
 * Only these two outcomes are stored; anything else is due again next run.
 */
import { z } from 'zod';

export const STATE_VERSION = 1;

const record = z.strictObject({
  outcome: z.enum(['sent', 'recorded']),
  at: z.string(),
});

export const deliveryStateSchema = z.strictObject({
  version: z.literal(STATE_VERSION, { error: `version ${STATE_VERSION}` }),
  deliveries: z.record(z.string(), z.record(z.string(), record)),
});

export type DeliveryState = z.output<typeof deliveryStateSchema>;
export type DeliveryRecord = z.output<typeof record>;

export function emptyState(): DeliveryState {
  return { version: STATE_VERSION, deliveries: {} };
}

export function isDone(state: DeliveryState, subscriberId: string, changeId: string): boolean {
  return state.deliveries[subscriberId]?.[changeId] !== undefined;
}

/** A new state with one more record (the input is not changed). */
export function withRecord(state: DeliveryState, subscriberId: string, changeId: string, rec: DeliveryRecord): DeliveryState {
  return {
    ...state,
    deliveries: { ...state.deliveries, [subscriberId]: { ...state.deliveries[subscriberId], [changeId]: rec } },
  };
}
