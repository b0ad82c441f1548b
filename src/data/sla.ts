/**
 * The monthly SLA reports, each computed once per build from the site index's
 * uptime model and shared by the page, its CSV and its JSON.
 *
 * A month's outputs are made from its report alone (and the page from its
 * neighbours in the list of months), so once the month is over its figures
 * can no longer change by the clock: its page is timeless and a rebuild keeps
 * all three when the report is unchanged (src/data/incremental.ts).
 */
import { monthPath } from '../lib/display/months.ts';
import type { SiteIndex } from '../lib/index/site-index.ts';
import type { SlaMonth } from '../lib/uptime/sla-report.ts';
import { slaMonth, slaMonths } from '../lib/uptime/sla-report.ts';
import { digestOnce } from '../lib/incremental/fingerprint.ts';
import { renderOnlyChanged } from './incremental.ts';
import { getSiteIndex } from './site-index.ts';

const reports = new Map<string, SlaMonth>();

export async function slaReport(month: string): Promise<SlaMonth> {
  const index = await getSiteIndex();
  let report = reports.get(month);
  if (!report) reports.set(month, (report = slaMonth(index.uptime, month, index.site.sla)));
  return report;
}

/** The outputs of one SLA month: its page and its two downloads. */
export type SlaOutput = 'page' | 'csv' | 'json';

/** `/sla/2026/10/`, `/sla/2026/10.csv`, `/sla/2026/10.json` */
export function slaMonthPath(month: string, output: SlaOutput = 'page'): string {
  const page = monthPath('/sla/', month);
  return output === 'page' ? page : `${page.slice(0, -1)}.${output}`;
}

/**
 * What an SLA output shows: the report (its "figures up to" time only while
 * the month runs) and, for the page, the months beside it. The report, the
 * largest part, stands as its digest, made once for its three outputs.
 */
export function slaInputs(report: SlaMonth, neighbours?: { older: string | undefined; newer: string | undefined }): unknown {
  return { report: digestOnce(report, () => (report.final ? { ...report, now: undefined } : report)), neighbours };
}

/** `getStaticPaths` for /sla/<yyyy>/<mm>/ and its downloads, less the months a rebuild keeps. */
export function slaMonthPaths(output: SlaOutput) {
  return async () => {
    const index: SiteIndex = await getSiteIndex();
    const months = slaMonths(index.uptime);
    const paths = await Promise.all(
      months.map(async (month, at) => {
        const report = await slaReport(month);
        return { params: { year: month.slice(0, 4), month: month.slice(5, 7) }, props: { month, timeless: report.final, older: months[at + 1], newer: months[at - 1] }, report };
      }),
    );
    const kept = renderOnlyChanged(paths, (p) => ({
      url: slaMonthPath(p.props.month, output),
      timeless: () => p.props.timeless,
      inputs: () => slaInputs(p.report, output === 'page' ? { older: p.props.older, newer: p.props.newer } : undefined),
    }));
    return kept.map(({ params, props }) => ({ params, props }));
  };
}
