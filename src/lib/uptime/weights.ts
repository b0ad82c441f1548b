import type { ComponentStatus } from '../status/impact.ts';

/**
 * Percent of each minute that counts as downtime, by the impact customers saw.
 * The usual convention: a major outage counts fully, a partial outage 30 %,
 * degraded performance is shown but not counted. `under_maintenance` only
 * counts when the work is not excluded (unplanned, past its window, or
 * announced late); then the service is unavailable and it counts fully.
 * Whole numbers, so downtime sums stay exact integers (percent-seconds).
 */
export const DOWNTIME_WEIGHT: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 100,
  degraded_performance: 0,
  partial_outage: 30,
  major_outage: 100,
};
