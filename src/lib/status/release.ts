import type { ReleaseData } from '../content/schema.ts';
import { namedRegions } from './board.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The day a release reaches one region, and its database update after it. */
export interface Arrival {
  region: string;
  /** Index of the rollout stage, 0 = first. */
  stage: number;
  at: string;
  databaseAt: string;
}

/** The database update that follows a stage by `database_lag_hours`. */
export function databaseUpdateAt(r: Pick<ReleaseData, 'database_lag_hours'>, stageAt: string): string {
  return new Date(Date.parse(stageAt) + r.database_lag_hours * HOUR).toISOString();
}

/** Every region's arrival, in rollout order; a `global` stage reaches every region. */
export function releaseArrivals(r: ReleaseData, allRegions: readonly string[]): Arrival[] {
  return r.rollout.flatMap((stage, index) =>
    namedRegions(stage.regions, allRegions).map((region) => ({
      region,
      stage: index,
      at: stage.at,
      databaseAt: databaseUpdateAt(r, stage.at),
    })),
  );
}

/** How far a rollout has come at `now`: stages whose time has been reached, of all stages. */
export interface ReleaseProgress {
  reached: number;
  total: number;
}

export function releaseProgress(r: Pick<ReleaseData, 'rollout'>, now: string): ReleaseProgress {
  const t = Date.parse(now);
  return { reached: r.rollout.filter((s) => Date.parse(s.at) <= t).length, total: r.rollout.length };
}

export const MAJOR_NOTICE_DAYS = [90, 30, 15, 7, 0] as const;

export interface ScheduledNotice {
  daysBefore: number;
  at: string;
  passed: boolean;
}

/** A major release's notices: 90, 30, 15, 7 and 0 days before its first stage. */
export function noticeSchedule(r: ReleaseData, now: string): ScheduledNotice[] {
  if (r.type !== 'major') return [];
  const first = Date.parse(r.rollout[0]!.at);
  return MAJOR_NOTICE_DAYS.map((daysBefore) => {
    const at = first - daysBefore * DAY;
    return { daysBefore, at: new Date(at).toISOString(), passed: at <= Date.parse(now) };
  });
}

/** Days between announcement and first stage. */
export function noticeDays(r: ReleaseData): number {
  return (Date.parse(r.rollout[0]!.at) - Date.parse(r.announced)) / DAY;
}
