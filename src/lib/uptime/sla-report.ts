/**
 * The monthly SLA report: per region × component with data that month, the
 * availability against the target, met or missed, the downtime and the
 * entries behind it. A missed target makes customers eligible for a credit.
 */
import type { Availability } from './availability.ts';
import { availabilityPercent, downtimeMinutes, formatAvailability, meetsTarget, pairAvailability } from './availability.ts';
import type { UptimeModel } from './day-model.ts';
import { pairKey } from './day-model.ts';
import { dayStart, monthDays } from './utc-day.ts';

export interface SlaRow {
  region: string;
  regionName: string;
  component: string;
  componentName: string;
  availability: Availability;
  /** The shown figure: `99.86 %`. */
  shown: string;
  /** The shown figure as a number, floored to two decimals. */
  percent: number;
  met: boolean;
  creditEligible: boolean;
  downtimeMinutes: number;
  excludedMinutes: number;
  measuredMinutes: number;
}

export interface SlaMonth {
  /** `2026-10` */
  month: string;
  target: number;
  /** False while the month is still running: the figures cover up to `now`. */
  final: boolean;
  now: string;
  rows: SlaRow[];
}

export function slaMonth(model: UptimeModel, month: string, target: number, only?: { region?: string }): SlaMonth {
  const { first, last } = monthDays(month);
  const rows: SlaRow[] = [];
  for (const region of model.regions) {
    if (only?.region !== undefined && region !== only.region) continue;
    for (const component of model.components) {
      const availability = pairAvailability(model, model.pairs.get(pairKey(region, component))!, first, last);
      const met = meetsTarget(availability, target);
      if (met === undefined) continue;
      rows.push({
        region,
        regionName: model.regionNames.get(region)!,
        component,
        componentName: model.componentNames.get(component)!,
        availability,
        shown: formatAvailability(availability),
        percent: availabilityPercent(availability)!,
        met,
        creditEligible: !met,
        downtimeMinutes: downtimeMinutes(availability),
        excludedMinutes: Math.round(availability.excluded / 6) / 10,
        measuredMinutes: Math.round(availability.measured / 6) / 10,
      });
    }
  }
  return { month, target, final: dayStart(last) + 86_400 <= model.nowSeconds, now: model.now, rows };
}

/** Every month from the first with data to the current one, newest first. */
export function slaMonths(model: UptimeModel): string[] {
  let first: string | undefined;
  for (const pair of model.pairs.values()) if (pair.firstDay !== undefined && (first === undefined || pair.firstDay < first)) first = pair.firstDay;
  if (first === undefined || first > model.today) return [];
  const months: string[] = [];
  let [y, m] = first.slice(0, 7).split('-').map(Number) as [number, number];
  const end = model.today.slice(0, 7);
  for (let month = first.slice(0, 7); month <= end; ) {
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    month = `${y}-${String(m).padStart(2, '0')}`;
  }
  return months.reverse();
}
