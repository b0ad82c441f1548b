/**
 * One wording per state. Pages, feeds, calendars and JSON all word a state
 * through these functions, so an incident that has not started reads the same
 * everywhere. The states themselves are decided beside them (incident.ts,
 * maintenance.ts, release.ts, notice.ts, updates.ts); this file only words them.
 *
 * Wordings never contain a count that grows with "now" (minutes so far): a
 * static page, a feed item or a calendar event would go stale between builds,
 * and a feed item would re-notify on every build. Fixed times are named instead.
 */
import type { IncidentStatus, PirState } from './incident.ts';
import { formatDuration } from './incident.ts';
import type { MaintenanceStatus } from './maintenance.ts';
import { MAINTENANCE_STATE_LABEL } from './maintenance.ts';
import type { NoticeState } from './notice.ts';
import type { ReleaseProgress } from './release.ts';

/** `2026-11-24 03:00 UTC` — stable and locale-free, for text that is not laid out by a page's <Time>. */
export function formatUtc(iso: string): string {
  const d = new Date(iso).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`;
}

/** The `status` of an incident or maintenance update, as customers read it. */
export const UPDATE_STATUS_LABEL: Record<string, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
};

export function updateStatusLabel(status: string): string {
  return UPDATE_STATUS_LABEL[status] ?? status.replace(/_/g, ' ');
}

/**
 * "Not started" before `started`; while open, the status of the latest posted
 * update ("Investigating" until the first one is posted); "Resolved" after.
 */
export function incidentStateLabel(status: Pick<IncidentStatus, 'phase' | 'latest'>): string {
  switch (status.phase) {
    case 'upcoming':
      return 'Not started';
    case 'resolved':
      return 'Resolved';
    case 'open':
      return updateStatusLabel(status.latest?.status ?? 'investigating');
  }
}

/** The PIR in words; nothing when none is owed or published. */
export function pirStateLabel(pir: PirState): string | undefined {
  switch (pir.kind) {
    case 'not_required':
      return undefined;
    case 'pending':
      return 'Post-incident report to follow';
    case 'due':
      return 'Post-incident report due';
    case 'overdue':
      return 'Post-incident report overdue';
    case 'published':
      return 'Post-incident report published';
  }
}

/**
 * "Scheduled", "In progress", "Running past its window (the window ended
 * 2026-11-21 13:00 UTC)", "Completed, 25 min over its window", "Cancelled".
 */
export function maintenanceStateLabel(status: MaintenanceStatus, window: { end: string }): string {
  const label = MAINTENANCE_STATE_LABEL[status.state];
  if (status.state === 'overran') return `${label} (the window ended ${formatUtc(window.end)})`;
  if (status.state === 'completed' && status.overrunMinutes > 0) return `${label}, ${formatDuration(status.overrunMinutes * 60_000)} over its window`;
  return label;
}

/** "Scheduled: first stage 2026-10-05 18:00 UTC", "Rolling out: stage 2 of 4 reached", "Rolled out to every stage". */
export function releaseProgressLabel(progress: ReleaseProgress, firstStageAt: string): string {
  if (progress.reached === 0) return `Scheduled: first stage ${formatUtc(firstStageAt)}`;
  if (progress.reached < progress.total) return `Rolling out: stage ${progress.reached} of ${progress.total} reached`;
  return 'Rolled out to every stage';
}

/** "Scheduled for 2026-11-15 00:00 UTC", "Active", "Expired". */
export function noticeStateLabel(state: NoticeState, published: string): string {
  switch (state) {
    case 'scheduled':
      return `Scheduled for ${formatUtc(published)}`;
    case 'active':
      return 'Active';
    case 'expired':
      return 'Expired';
  }
}
