/**
 * Whether an entry's page can no longer change by the clock alone: every
 * instant at which its state may change has passed, and nothing about it is
 * running (an open incident's duration, or the overrun of maintenance never
 * marked completed, grows every minute). A settled entry
 * shows the same thing at every later instant, so its page needs no schedule
 * and no build time, and a rebuild may keep the bytes it wrote before
 * (src/build/ and docs/incremental.md). Settled at `now` implies settled at
 * every later instant for the same content.
 */
import type { Entry, SiteConfig } from '../content/types.ts';
import { entryInstantTimes, type LeadTimes } from './transitions.ts';

export function isSettled(entry: Entry, site: Pick<SiteConfig, 'pir_business_days' | 'holidays'>, lead: LeadTimes, now: string): boolean {
  // Still running: an open incident's duration and an overrunning window's overrun grow with the clock.
  if (entry.collection === 'incidents' && entry.data.resolved === undefined) return false;
  if (entry.collection === 'maintenance' && entry.data.completed === undefined && !entry.data.cancelled) return false;
  const at = Date.parse(now);
  return entryInstantTimes(entry, site, lead).every((t) => t <= at);
}
