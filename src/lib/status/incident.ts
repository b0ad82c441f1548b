import type { IncidentData, SiteConfig } from '../content/schema.ts';
import { businessDaysDeadline } from '../time/business-days.ts';
import { latestPosted } from './updates.ts';

export type IncidentPhase = 'upcoming' | 'open' | 'resolved';

export interface IncidentStatus {
  phase: IncidentPhase;
  /** Status of the latest update posted by `now`. */
  latest: IncidentData['updates'][number] | undefined;
  /** From `started` to `resolved`, or to `now` while open. */
  durationMs: number;
}

/** An incident is open from `started` until `resolved`; before `started` it is not shown as active. */
export function incidentPhase(i: Pick<IncidentData, 'started' | 'resolved'>, now: string): IncidentPhase {
  const t = Date.parse(now);
  return t < Date.parse(i.started) ? 'upcoming' : i.resolved !== undefined && t >= Date.parse(i.resolved) ? 'resolved' : 'open';
}

/** The incident's phase (incidentPhase), its latest posted update and its duration at `now`. */
export function incidentStatus(i: IncidentData, now: string): IncidentStatus {
  const phase = incidentPhase(i, now);
  const started = Date.parse(i.started);
  const end = phase === 'resolved' ? Date.parse(i.resolved!) : Math.max(started, Date.parse(now));
  return { phase, latest: latestPosted(i.updates, now), durationMs: end - started };
}

export type PirState =
  | { kind: 'not_required' }
  | { kind: 'pending' }
  | { kind: 'due'; dueAt: string }
  | { kind: 'overdue'; dueAt: string }
  | { kind: 'published'; publishedAt: string; dueAt: string | undefined; late: boolean };

/**
 * A major incident owes a PIR `pir_business_days` business days after it is
 * resolved: due until then, overdue after. A minor one may publish one anyway.
 */
export function pirState(i: IncidentData, site: Pick<SiteConfig, 'pir_business_days' | 'holidays'>, now: string): PirState {
  const dueAt = i.resolved === undefined ? undefined : businessDaysDeadline(i.resolved, site.pir_business_days, site.holidays);
  if (i.pir_published !== undefined && Date.parse(i.pir_published) <= Date.parse(now)) {
    return { kind: 'published', publishedAt: i.pir_published, dueAt, late: dueAt !== undefined && i.severity === 'major' && i.pir_published > dueAt };
  }
  if (i.severity !== 'major') return { kind: 'not_required' };
  if (dueAt === undefined || Date.parse(now) < Date.parse(i.resolved!)) return { kind: 'pending' };
  return Date.parse(now) < Date.parse(dueAt) ? { kind: 'due', dueAt } : { kind: 'overdue', dueAt };
}

export { formatDuration } from '../display/duration.ts';
