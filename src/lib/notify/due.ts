/**
 * Which messages are due: every (change, subscriber) pair whose filter
 * matches and that the state file does not hold yet. A pair whose change is
 * older than `maxAgeMs` is recorded instead of sent, so the first run on an
 * existing site (or a subscriber added later) is not flooded with the past.
 */
import type { Change } from '../changes/change.ts';
import type { DeliveryState } from './delivery-state.ts';
import { isDone } from './delivery-state.ts';
import { reaches } from './filter.ts';
import type { Subscriber } from './subscribers.ts';

export const DEFAULT_MAX_AGE_HOURS = 24;

export interface Delivery {
  change: Change;
  subscriber: Subscriber;
}

export interface DuePlan {
  /** Oldest change first, so a thread arrives in order; subscribers in file order. */
  send: Delivery[];
  /** Too old to send: written to the state as `recorded`. */
  record: Delivery[];
}

export function duePlan(changes: readonly Change[], subscribers: readonly Subscriber[], state: DeliveryState, now: string, maxAgeMs: number): DuePlan {
  const t = Date.parse(now);
  const ordered = [...changes].filter((c) => Date.parse(c.at) <= t).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const plan: DuePlan = { send: [], record: [] };
  for (const change of ordered) {
    const old = t - Date.parse(change.at) > maxAgeMs;
    for (const subscriber of subscribers) {
      if (!reaches(change, subscriber) || isDone(state, subscriber.id, change.id)) continue;
      (old ? plan.record : plan.send).push({ change, subscriber });
    }
  }
  return plan;
}
