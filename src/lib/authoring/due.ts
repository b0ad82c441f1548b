/**
 * What the publishing policy expects soon or has missed, at `now`: PIRs due
 * or overdue, planned maintenance starting within the notice period that was
 * announced late or is not announced yet, and major-release notices (90, 30,
 * 15, 7 and 0 days before the first stage) coming up.
 */
import type { Content } from '../content/types.ts';
import { entryKey } from '../index/site-index.ts';
import { pirState } from '../status/incident.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import { noticeSchedule } from '../status/release.ts';
import { maintenanceAnnouncedLate, noticeDeadline } from '../policy/maintenance-notice.ts';
import { readableDeadline, readableTime } from '../time/readable.ts';

const DAY = 86_400_000;
/** How far ahead release notices are listed. */
export const NOTICE_HORIZON_DAYS = 14;

export interface DueItem {
  state: 'due' | 'overdue';
  /** The deadline, or the day a notice goes out. */
  at: string;
  /** `incidents/2026/apj-api-errors` */
  key: string;
  file: string;
  title: string;
  /** What is expected, with its date. */
  what: string;
}

export function dueItems(content: Content, now: string): DueItem[] {
  const t = Date.parse(now);
  const items: DueItem[] = [];

  for (const incident of content.incidents) {
    const state = pirState(incident.data, content.site, now);
    if (state.kind !== 'due' && state.kind !== 'overdue') continue;
    items.push({
      state: state.kind,
      at: state.dueAt,
      key: entryKey(incident),
      file: incident.file,
      title: incident.data.title,
      what: state.kind === 'due' ? `PIR due by ${readableDeadline(state.dueAt)}` : `PIR overdue since ${readableDeadline(state.dueAt)}`,
    });
  }

  const noticeDays = content.site.maintenance_notice_days;
  for (const m of content.maintenance) {
    const data = m.data;
    if (data.type !== 'planned' || maintenanceStatus(data, now).state !== 'scheduled') continue;
    const start = Date.parse(data.window.start);
    const noticeBy = noticeDeadline(data, noticeDays);
    const announced = Date.parse(data.announced);
    const base = { key: entryKey(m), file: m.file, title: data.title };
    const starts = `starts ${readableTime(data.window.start)}`;
    if (announced > t) {
      if (Date.parse(noticeBy) <= t) {
        items.push({ ...base, state: 'overdue', at: noticeBy, what: `maintenance notice overdue since ${readableTime(noticeBy)} (${starts}, not announced until ${readableTime(data.announced)})` });
      } else if (Date.parse(noticeBy) - t <= NOTICE_HORIZON_DAYS * DAY) {
        items.push({ ...base, state: 'due', at: noticeBy, what: `maintenance notice due by ${readableTime(noticeBy)} (${starts})` });
      }
    } else if (maintenanceAnnouncedLate(data, content.site) && start - t <= noticeDays * DAY) {
      items.push({ ...base, state: 'overdue', at: noticeBy, what: `maintenance announced late: ${readableTime(data.announced)}, notice was due by ${readableTime(noticeBy)} (${starts})` });
    }
  }

  for (const r of content.releases) {
    for (const notice of noticeSchedule(r.data, now)) {
      const at = Date.parse(notice.at);
      if (at < t || at - t > NOTICE_HORIZON_DAYS * DAY) continue;
      const when = notice.daysBefore === 0 ? 'on the day of the first stage' : `${notice.daysBefore} days before the first stage`;
      items.push({
        state: 'due',
        at: notice.at,
        key: entryKey(r),
        file: r.file,
        title: r.data.title,
        what: `major-release notice (${when}) on ${readableTime(notice.at)}`,
      });
    }
  }

  return items.sort((a, b) => (a.state === b.state ? 0 : a.state === 'overdue' ? -1 : 1) || a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
}

/** One line per item: `overdue  incidents/2026/x  PIR overdue since …  (title)`. */
export function formatDueItem(item: DueItem): string {
  return `${item.state.padEnd(7)}  ${item.key}: ${item.what} — ${item.title}`;
}
