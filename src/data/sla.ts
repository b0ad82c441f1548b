/**
 * The monthly SLA reports, each computed once per build from the site index's
 * uptime model and shared by the page, its CSV and its JSON.
 */
import type { SiteIndex } from '../lib/index/site-index.ts';
import type { SlaMonth } from '../lib/uptime/sla-report.ts';
import { slaMonth, slaMonths } from '../lib/uptime/sla-report.ts';
import { getSiteIndex } from './site-index.ts';

const reports = new Map<string, SlaMonth>();

export async function slaReport(month: string): Promise<SlaMonth> {
  const index = await getSiteIndex();
  let report = reports.get(month);
  if (!report) reports.set(month, (report = slaMonth(index.uptime, month, index.site.sla)));
  return report;
}

/** `getStaticPaths` for /sla/<yyyy>/<mm>/ and its downloads. */
export async function slaMonthPaths() {
  const index: SiteIndex = await getSiteIndex();
  return slaMonths(index.uptime).map((month) => ({ params: { year: month.slice(0, 4), month: month.slice(5, 7) }, props: { month } }));
}
