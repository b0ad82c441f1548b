/** A major release is announced 90 days before its first stage, with notices at 90, 30, 15, 7 and 0 days. */
import type { ReleaseData } from '../content/schema.ts';
import { noticeDays, noticeSchedule } from '../status/release.ts';

export const MAJOR_RELEASE_NOTICE_DAYS = 90;

/** Days from `announced` to the first stage (fractional). */
export function releaseNoticeDays(r: ReleaseData): number {
  return noticeDays(r);
}

export function releaseAnnouncedLate(r: ReleaseData): boolean {
  return r.type === 'major' && releaseNoticeDays(r) < MAJOR_RELEASE_NOTICE_DAYS;
}

export interface NoticeKept {
  daysBefore: number;
  /** The notice date: `daysBefore` days before the first stage. */
  at: string;
  /** The release was announced by then, so the notice could go out on its date, before the stage. */
  kept: boolean;
  /** The date has come at `now`. */
  passed: boolean;
}

/** Each notice date of a major release and whether it was reached with the release announced. */
export function releaseNoticesKept(r: ReleaseData, now: string): NoticeKept[] {
  const announced = Date.parse(r.announced);
  return noticeSchedule(r, now).map((n) => ({ daysBefore: n.daysBefore, at: n.at, kept: announced <= Date.parse(n.at), passed: n.passed }));
}
