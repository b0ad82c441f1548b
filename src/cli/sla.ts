/**
 * `npm run sla -- --month 2026-10 [--region EUR] [--format table|csv|json] [--content DIR]`:
 * the monthly SLA report from the content folder, the same figures as
 * /sla/<yyyy>/<mm>/ and its CSV and JSON.
 */
import { parseArgs } from 'node:util';
import { formatProblem } from '../lib/content/problem.ts';
import { validateContent } from '../lib/check/validate.ts';
import { absoluteUrl } from '../lib/web/absolute-url.ts';
import { resolveNow } from '../lib/time/now.ts';
import { buildUptimeModel } from '../lib/uptime/day-model.ts';
import { slaCsv, slaJson, slaTable } from '../lib/uptime/sla-export.ts';
import { slaMonth } from '../lib/uptime/sla-report.ts';
import { runCli, UsageError } from './run.ts';

const HELP = `Usage: npm run sla -- --month YYYY-MM [--region CODE] [--format table|csv|json] [--content DIR]

Prints the monthly SLA report: availability per region and component against
the target in site.yaml (sla), met or missed (credit eligible), the weighted
downtime minutes and the incidents behind them. See docs/uptime.md.

  --month YYYY-MM   the month, e.g. 2026-10 (required)
  --region CODE     one region only, e.g. EUR
  --format F        table (default), csv or json (the same as /sla/<yyyy>/<mm>.csv and .json)
  --content DIR     the content folder (default: content)
  --help            this text

HELIOGRAPH_NOW=2026-11-21T12:00:00Z pins "now" (a running month counts up to it).`;

const FORMATS = ['table', 'csv', 'json'] as const;

runCli(() => {
  const { values } = parseArgs({
    options: {
      month: { type: 'string' },
      region: { type: 'string' },
      format: { type: 'string', default: 'table' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const month = values.month;
  if (month === undefined) throw new UsageError('--month: found nothing, expected a month YYYY-MM, e.g. --month 2026-10');
  const parsed = /^(\d{4})-(\d{2})$/.exec(month);
  if (!parsed || Number(parsed[2]) < 1 || Number(parsed[2]) > 12) {
    throw new UsageError(`--month: found ${JSON.stringify(month)}, expected a month YYYY-MM with 01–12, e.g. 2026-10`);
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format: found ${JSON.stringify(values.format)}, expected one of ${FORMATS.join(', ')}`);

  const now = resolveNow();
  const validation = validateContent(values.content, now);
  if (validation.errors > 0) {
    for (const problem of validation.problems) if (problem.severity === 'error') console.error(formatProblem(problem));
    console.error(`sla: ${validation.errors} error${validation.errors === 1 ? '' : 's'} in ${values.content}; fix them first (npm run check)`);
    return 1;
  }
  const { content } = validation;
  const region = values.region;
  if (region !== undefined && !content.regions.some((r) => r.code === region)) {
    const hint = content.regions.some((r) => r.code === region.toUpperCase()) ? ` (codes are upper case: ${region.toUpperCase()})` : '';
    throw new UsageError(`--region: found ${JSON.stringify(region)}${hint}, expected a code from regions.yaml: ${content.regions.map((r) => r.code).join(', ')}`);
  }
  if (month > now.slice(0, 7)) throw new UsageError(`--month: found ${month}, expected a month up to the current one (${now.slice(0, 7)})`);

  const report = slaMonth(buildUptimeModel(content, now), month, content.site.sla, region === undefined ? {} : { region });
  if (format === 'csv') process.stdout.write(slaCsv(report));
  else if (format === 'json') console.log(JSON.stringify(slaJson(report, (path) => absoluteUrl(content.site, path)), null, 2));
  else console.log(report.rows.length === 0 ? `SLA ${month}: no data for that month` : slaTable(report));
  return 0;
});
