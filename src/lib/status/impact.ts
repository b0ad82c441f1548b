/** The status of a component in a region, as Statuspage names it. */
export type ComponentStatus =
  | 'operational'
  | 'under_maintenance'
  | 'degraded_performance'
  | 'partial_outage'
  | 'major_outage';

/** Worst last: planned work ranks above normal service, below any degradation. */
export const STATUS_ORDER: readonly ComponentStatus[] = [
  'operational',
  'under_maintenance',
  'degraded_performance',
  'partial_outage',
  'major_outage',
];

export function statusRank(status: ComponentStatus): number {
  return STATUS_ORDER.indexOf(status);
}

export function worstStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = 'operational';
  for (const s of statuses) if (statusRank(s) > statusRank(worst)) worst = s;
  return worst;
}

export const STATUS_LABEL: Record<ComponentStatus, string> = {
  operational: 'Operational',
  under_maintenance: 'Under maintenance',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};

/** The headline for the whole site. */
export const OVERALL_LABEL: Record<ComponentStatus, string> = {
  operational: 'All systems operational',
  under_maintenance: 'Maintenance in progress',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};
