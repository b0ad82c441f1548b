/**
 * The SLA report as CSV, JSON and a plain-text table: the same figures as the
 * page (the shown, floored availability), one row per region × component.
 * Columns and fields are documented in docs/uptime.md.
 */
import type { SlaMonth } from './sla-report.ts';

export const SLA_CSV_COLUMNS = [
  'month',
  'region',
  'region_name',
  'component',
  'component_name',
  'availability_percent',
  'target_percent',
  'met',
  'credit_eligible',
  'downtime_minutes',
  'excluded_maintenance_minutes',
  'measured_minutes',
  'final',
  'entries',
] as const;

function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function slaCsv(report: SlaMonth): string {
  const lines = [SLA_CSV_COLUMNS.join(',')];
  for (const r of report.rows) {
    const values = [
      report.month,
      r.region,
      r.regionName,
      r.component,
      r.componentName,
      r.percent.toFixed(2),
      report.target,
      r.met,
      r.creditEligible,
      r.downtimeMinutes,
      r.excludedMinutes,
      r.measuredMinutes,
      report.final,
      r.availability.entries.map((e) => e.key).join(' '),
    ];
    lines.push(values.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function slaJson(report: SlaMonth, url: (path: string) => string) {
  return {
    month: report.month,
    final: report.final,
    through: report.final ? null : report.now,
    target_percent: report.target,
    rows: report.rows.map((r) => ({
      region: r.region,
      region_name: r.regionName,
      component: r.component,
      component_name: r.componentName,
      availability_percent: r.percent,
      met: r.met,
      credit_eligible: r.creditEligible,
      downtime_minutes: r.downtimeMinutes,
      excluded_maintenance_minutes: r.excludedMinutes,
      measured_minutes: r.measuredMinutes,
      entries: r.availability.entries.map((e) => ({ id: e.key, title: e.title, url: url(e.path), impact: e.status })),
    })),
  };
}

/** Aligned columns for a terminal. */
export function slaTable(report: SlaMonth): string {
  const head = ['region', 'component', 'availability', 'target', 'result', 'downtime', 'entries'];
  const rows = report.rows.map((r) => [
    r.region,
    r.component,
    r.shown,
    `${report.target} %`,
    r.met ? 'met' : 'missed, credit eligible',
    `${r.downtimeMinutes} min`,
    r.availability.entries.map((e) => e.key).join(' '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const title = `SLA ${report.month}: target ${report.target} %${report.final ? '' : ` (month still running: figures up to ${report.now})`}`;
  return [title, line(head), ...rows.map(line)].join('\n');
}
