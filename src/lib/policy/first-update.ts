/** A major incident's first update is due within 15 minutes of `started`. */
import type { IncidentData, SiteConfig } from '../content/schema.ts';
import { incidentStatus, pirState } from '../status/incident.ts';

export const FIRST_UPDATE_MINUTES = 15;

/** Minutes from `started` to the first update (the contract requires at least one). */
export function firstUpdateDelayMinutes(i: Pick<IncidentData, 'started' | 'updates'>): number {
  return (Date.parse(i.updates[0]!.at) - Date.parse(i.started)) / 60_000;
}

export function firstUpdateOnTime(i: Pick<IncidentData, 'started' | 'updates'>): boolean {
  return firstUpdateDelayMinutes(i) <= FIRST_UPDATE_MINUTES;
}

/**
 * `check` warns about a late first update only while the incident still calls
 * for action — open, or resolved with its PIR due — so the warning clears once
 * the PIR is out (or overdue, which has its own warning). The ledger keeps the
 * figure for ever.
 */
export function lateFirstUpdateNeedsAction(i: IncidentData, site: Pick<SiteConfig, 'pir_business_days' | 'holidays'>, now: string): boolean {
  if (i.severity !== 'major' || firstUpdateOnTime(i)) return false;
  if (incidentStatus(i, now).phase === 'open') return true;
  return pirState(i, site, now).kind === 'due';
}
