import type { MaintenanceData } from '../content/schema.ts';

const DAY = 86_400_000;

/** The latest time planned work may be announced: `maintenance_notice_days` before its window starts. */
export function noticeDeadline(m: Pick<MaintenanceData, 'window'>, noticeDays: number): string {
  return new Date(Date.parse(m.window.start) - noticeDays * DAY).toISOString();
}

/**
 * Planned work announced less than the notice period before its start. One
 * rule for `check`, `check --due` and the uptime model (which only excludes
 * planned work announced in time).
 */
export function announcedLate(m: Pick<MaintenanceData, 'type' | 'window' | 'announced'>, noticeDays: number): boolean {
  return m.type === 'planned' && Date.parse(m.announced) > Date.parse(noticeDeadline(m, noticeDays));
}
