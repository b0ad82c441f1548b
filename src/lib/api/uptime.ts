/**
 * Uptime in the JSON API: per region × component the availability of the
 * last 30 and 90 days and the current month (in /api/heliograph.json), and
 * the daily series of the last 90 days per region (/api/uptime/<region>.json).
 * Both are bounded: nothing here grows with the total history.
 */
import { BAR_DAYS } from '../display/uptime-bars.ts';
import { absoluteUrl } from '../web/absolute-url.ts';
import type { SiteIndex } from '../index/site-index.ts';
import type { Availability } from '../uptime/availability.ts';
import { availabilityPercent, daySeconds, downtimeMinutes, pairAvailability } from '../uptime/availability.ts';
import { pairKey } from '../uptime/day-model.ts';
import { addDays, daysBetween, monthDays } from '../uptime/utc-day.ts';

type Index = Pick<SiteIndex, 'uptime' | 'site'>;

const figure = (a: Availability) => ({ availability_percent: availabilityPercent(a), downtime_minutes: a.measured > 0 ? downtimeMinutes(a) : null });

export function uptimePath(region: string): string {
  return `/api/uptime/${region.toLowerCase()}.json`;
}

export function uptimeSummary(index: Index) {
  const m = index.uptime;
  const month = m.today.slice(0, 7);
  const { first, last } = monthDays(month);
  return {
    target_percent: index.site.sla,
    current_month: month,
    regions: m.regions.map((region) => ({
      region,
      daily: absoluteUrl(index.site, uptimePath(region)),
      components: m.components.map((component) => {
        const pair = m.pairs.get(pairKey(region, component))!;
        return {
          component,
          last_30_days: figure(pairAvailability(m, pair, addDays(m.today, -29), m.today)),
          last_90_days: figure(pairAvailability(m, pair, addDays(m.today, -(BAR_DAYS - 1)), m.today)),
          current_month: figure(pairAvailability(m, pair, first, last)),
        };
      }),
    })),
  };
}

export function regionUptime(index: Index, region: string) {
  const m = index.uptime;
  const days = daysBetween(addDays(m.today, -(BAR_DAYS - 1)), m.today);
  return {
    region,
    generated_at: m.now,
    from: days[0],
    to: m.today,
    components: m.components.map((component) => {
      const pair = m.pairs.get(pairKey(region, component))!;
      return {
        component,
        first_day: pair.firstDay ?? null,
        days: days.map((date) => {
          const a = pairAvailability(m, pair, date, date);
          const rec = pair.days.get(date);
          const data = daySeconds(pair, date, m.nowSeconds) > 0;
          return {
            date,
            ...figure(a),
            excluded_maintenance_minutes: data ? Math.round(a.excluded / 6) / 10 : null,
            worst: data ? (rec?.worst ?? 'operational') : null,
            entries: a.entries.map((e) => e.key),
          };
        }),
      };
    }),
  };
}
