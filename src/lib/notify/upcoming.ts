/**
 * Notifications coming up, for `check --due`: major-release notices in the
 * next 7 days and maintenance windows starting in the next 24 hours (each
 * becomes a time-driven change, so `notify` sends it when its time comes).
 */
import { readableTime } from '../time/readable.ts';
import type { Content } from '../content/types.ts';
import { entryKey } from '../index/site-index.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import { noticeSchedule } from '../status/release.ts';

const HOUR = 3_600_000;
export const RELEASE_NOTICE_HORIZON_HOURS = 7 * 24;
export const MAINTENANCE_START_HORIZON_HOURS = 24;

export interface UpcomingNotification {
  at: string;
  key: string;
  title: string;
  what: string;
}

export function upcomingNotifications(content: Pick<Content, 'maintenance' | 'releases'>, now: string): UpcomingNotification[] {
  const t = Date.parse(now);
  const within = (at: string, hours: number) => Date.parse(at) > t && Date.parse(at) - t <= hours * HOUR;
  const items: UpcomingNotification[] = [];
  for (const m of content.maintenance) {
    if (maintenanceStatus(m.data, now).state !== 'scheduled' || !within(m.data.window.start, MAINTENANCE_START_HORIZON_HOURS)) continue;
    items.push({ at: m.data.window.start, key: entryKey(m), title: m.data.title, what: `"maintenance started" notification at ${readableTime(m.data.window.start)}` });
  }
  for (const r of content.releases) {
    for (const notice of noticeSchedule(r.data, now)) {
      // A notice date before the announcement is never sent (publishedChanges skips it too).
      if (notice.at < r.data.announced || !within(notice.at, RELEASE_NOTICE_HORIZON_HOURS)) continue;
      const when = notice.daysBefore === 0 ? 'day of the first stage' : `${notice.daysBefore} days before the first stage`;
      items.push({ at: notice.at, key: entryKey(r), title: r.data.title, what: `major-release notice (${when}) at ${readableTime(notice.at)}` });
    }
  }
  return items.sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
}

/** `notify    releases/2026/wave-2: major-release notice (7 days before …) at … — title` */
export function formatUpcoming(item: UpcomingNotification): string {
  return `${'notify'.padEnd(7)}  ${item.key}: ${item.what} — ${item.title}`;
}
