import type { MaintenanceData } from '../content/schema.ts';

export type MaintenanceState = 'scheduled' | 'in_progress' | 'completed' | 'overran' | 'cancelled';

export interface MaintenanceStatus {
  state: MaintenanceState;
  /** Minutes past `window.end`: while overrunning, or by which `completed` was late. */
  overrunMinutes: number;
}

const MINUTE = 60_000;

/**
 * Cancelled if cancelled; scheduled before the window; completed once
 * `completed` has passed; in progress inside the window; after it, overran
 * until someone records `completed`.
 */
export function maintenanceStatus(m: MaintenanceData, now: string): MaintenanceStatus {
  const t = Date.parse(now);
  const start = Date.parse(m.window.start);
  const end = Date.parse(m.window.end);
  if (m.cancelled) return { state: 'cancelled', overrunMinutes: 0 };
  if (t < start) return { state: 'scheduled', overrunMinutes: 0 };
  if (m.completed !== undefined && t >= Date.parse(m.completed)) {
    return { state: 'completed', overrunMinutes: Math.max(0, Math.round((Date.parse(m.completed) - end) / MINUTE)) };
  }
  if (t < end) return { state: 'in_progress', overrunMinutes: 0 };
  return { state: 'overran', overrunMinutes: Math.round((t - end) / MINUTE) };
}

/** Work that affects customers right now. */
export function isMaintenanceActive(state: MaintenanceState): boolean {
  return state === 'in_progress' || state === 'overran';
}

export const MAINTENANCE_STATE_LABEL: Record<MaintenanceState, string> = {
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  completed: 'Completed',
  overran: 'Running past its window',
  cancelled: 'Cancelled',
};
