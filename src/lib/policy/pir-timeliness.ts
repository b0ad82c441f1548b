/** A major incident's post-incident report: on time, late by N business days, due or overdue. */
import type { IncidentData, SiteConfig } from '../content/schema.ts';
import { pirState } from '../status/incident.ts';
import { businessDaysLate } from '../time/business-days.ts';

export type PirTimeliness =
  | { kind: 'not_required' }
  /** The incident is still open: no deadline yet. */
  | { kind: 'pending' }
  | { kind: 'due'; dueAt: string }
  | { kind: 'overdue'; dueAt: string; businessDaysLate: number }
  | { kind: 'on_time'; dueAt: string; publishedAt: string }
  | { kind: 'late'; dueAt: string; publishedAt: string; businessDaysLate: number };

type PolicySite = Pick<SiteConfig, 'pir_business_days' | 'holidays'>;

/** Built on pirState, so the ledger, `check` and the pages read the same deadline. */
export function pirTimeliness(i: IncidentData, site: PolicySite, now: string): PirTimeliness {
  const state = pirState(i, site, now);
  switch (state.kind) {
    case 'not_required':
    case 'pending':
    case 'due':
      return state;
    case 'overdue':
      return { kind: 'overdue', dueAt: state.dueAt, businessDaysLate: businessDaysLate(state.dueAt, now, site.holidays) };
    case 'published':
      // A minor incident's optional PIR, or one published while the incident is open, has no deadline.
      if (i.severity !== 'major' || state.dueAt === undefined) return { kind: 'not_required' };
      return state.late
        ? { kind: 'late', dueAt: state.dueAt, publishedAt: state.publishedAt, businessDaysLate: businessDaysLate(state.dueAt, state.publishedAt, site.holidays) }
        : { kind: 'on_time', dueAt: state.dueAt, publishedAt: state.publishedAt };
  }
}
