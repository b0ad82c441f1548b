/** Planned maintenance is announced `maintenance_notice_days` ahead, and finishes inside its window. */
import type { MaintenanceData, SiteConfig } from '../content/schema.ts';
import type { MaintenanceStatus } from '../status/maintenance.ts';
import { maintenanceStatus } from '../status/maintenance.ts';

const DAY = 86_400_000;

/** Days from `announced` to `window.start` (fractional). */
export function maintenanceNoticeDays(m: Pick<MaintenanceData, 'announced' | 'window'>): number {
  return (Date.parse(m.window.start) - Date.parse(m.announced)) / DAY;
}

/** The latest time planned work may be announced: `maintenance_notice_days` before its window starts. */
export function noticeDeadline(m: Pick<MaintenanceData, 'window'>, noticeDays: number): string {
  return new Date(Date.parse(m.window.start) - noticeDays * DAY).toISOString();
}

/** Only planned work owes notice; unplanned work is announced as early as it can be. */
export function maintenanceAnnouncedLate(m: Pick<MaintenanceData, 'type' | 'window' | 'announced'>, site: Pick<SiteConfig, 'maintenance_notice_days'>): boolean {
  return m.type === 'planned' && maintenanceNoticeDays(m) < site.maintenance_notice_days;
}

export type WindowOutcome =
  /** Not finished yet (scheduled or in progress) or cancelled: nothing to measure. */
  | { kind: 'open'; state: MaintenanceStatus['state'] }
  | { kind: 'within' }
  /** Completed after its window, or still running past it at `now`. */
  | { kind: 'overran'; minutes: number; stillRunning: boolean };

/** Whether the work kept to its window, from maintenanceStatus (the same state the site shows). */
export function maintenanceWindowOutcome(m: MaintenanceData, now: string): WindowOutcome {
  const status = maintenanceStatus(m, now);
  if (status.state === 'overran') return { kind: 'overran', minutes: status.overrunMinutes, stillRunning: true };
  if (status.state === 'completed') return status.overrunMinutes > 0 ? { kind: 'overran', minutes: status.overrunMinutes, stillRunning: false } : { kind: 'within' };
  return { kind: 'open', state: status.state };
}
