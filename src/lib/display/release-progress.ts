/**
 * How far a release has got: per rollout stage, whether its regions have the
 * service update and the database update by `now`, and what comes next.
 * Built on releaseArrivals, the one rule for when a release reaches a region.
 */
import type { Release } from '../content/types.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { releaseArrivals } from '../status/release.ts';
import type { Link } from './entry-views.ts';
import { regionLinks } from './entry-views.ts';
import { countOf } from './words.ts';

export type StepState = 'done' | 'next' | 'later';

export interface StageProgress {
  stage: number;
  regions: Link[];
  at: string;
  databaseAt: string;
  service: StepState;
  database: StepState;
  /** "Released", "Next", "Scheduled" and "Database updated", "Next", "Scheduled". */
  serviceLabel: string;
  databaseLabel: string;
}

export interface ReleaseProgress {
  stages: StageProgress[];
  /** "Reached 9 of 17 regions; database updated in 7." */
  summary: string;
  /** The next step and its date, if any remains. */
  next: { what: string; at: string } | undefined;
}

const LABEL: Record<StepState, string> = { done: 'Done', next: 'Next', later: 'Scheduled' };

export function releaseProgress(entry: Release, index: Pick<SiteIndex, 'now' | 'regions' | 'regionByCode' | 'componentById'>): ReleaseProgress {
  const t = Date.parse(index.now);
  const arrivals = releaseArrivals(entry.data, index.regions.map((r) => r.code));
  const regionsReached = new Set(arrivals.filter((a) => Date.parse(a.at) <= t).map((a) => a.region));
  const regionsUpdated = new Set(arrivals.filter((a) => Date.parse(a.databaseAt) <= t).map((a) => a.region));
  const allRegions = new Set(arrivals.map((a) => a.region));
  // The next step is the soonest service or database update still ahead.
  const steps = entry.data.rollout.flatMap((_, i) => {
    const a = arrivals.find((x) => x.stage === i)!;
    return [
      { stage: i, kind: 'service' as const, at: a.at },
      { stage: i, kind: 'database' as const, at: a.databaseAt },
    ];
  });
  const ahead = steps.filter((s) => Date.parse(s.at) > t).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const nextAt = ahead[0] && Date.parse(ahead[0].at);
  // Every step due at the soonest instant still ahead is "next".
  const nextSteps = ahead.filter((s) => Date.parse(s.at) === nextAt);
  const state = (at: string): StepState => (Date.parse(at) <= t ? 'done' : Date.parse(at) === nextAt ? 'next' : 'later');
  const stages = entry.data.rollout.map((stage, i) => {
    const a = arrivals.find((x) => x.stage === i)!;
    const service = state(a.at);
    const database = state(a.databaseAt);
    return {
      stage: i + 1,
      regions: regionLinks(stage.regions, index),
      at: a.at,
      databaseAt: a.databaseAt,
      service,
      database,
      serviceLabel: service === 'done' ? 'Released' : LABEL[service],
      databaseLabel: database === 'done' ? 'Database updated' : LABEL[database],
    };
  });
  const total = allRegions.size;
  return {
    stages,
    summary: `Reached ${regionsReached.size} of ${countOf(total, 'region')}; database updated in ${regionsUpdated.size}.`,
    next: nextSteps.length === 0 ? undefined : {
      what: nextSteps.map((s) => `${s.kind === 'service' ? 'service update' : 'database update'} for stage ${s.stage + 1}`).join(' and ').replace(/^./, (c) => c.toUpperCase()),
      at: nextSteps[0]!.at,
    },
  };
}
