/**
 * `npm run bench -- --entries 10000 [--keep] [--now ISO]`: writes a
 * deterministic corpus of that size to a temp folder, builds it, and prints
 * build seconds, peak memory, pages written and output size. No target is
 * enforced; compare the numbers across changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, countFiles, folderBytes } from '../src/build/build-site.ts';
import { runCli, UsageError } from '../src/cli/run.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { writeCorpus } from './bench/corpus.ts';
import { buildUptimeModel } from '../src/lib/uptime/day-model.ts';
import { slaMonth, slaMonths } from '../src/lib/uptime/sla-report.ts';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '1000' },
      now: { type: 'string', default: '2026-11-21T12:00:00Z' },
      keep: { type: 'boolean', default: false },
    },
  });
  const entries = Number(values.entries);
  if (!Number.isInteger(entries) || entries < 1) throw new UsageError(`--entries: found ${JSON.stringify(values.entries)}, expected a whole number ≥ 1`);
  const root = mkdtempSync(path.join(os.tmpdir(), `heliograph-bench-${entries}-`));
  const contentDir = path.join(root, 'content');
  const outDir = path.join(root, 'dist');

  let t = performance.now();
  writeCorpus(contentDir, entries, values.now);
  const generate = (performance.now() - t) / 1000;

  t = performance.now();
  const validation = validateContent(contentDir, values.now);
  const validate = (performance.now() - t) / 1000;

  t = performance.now();
  const report = await buildSite({ contentDir, outDir, now: values.now, log: () => {}, logError: console.error });
  const build = (performance.now() - t) / 1000;
  if (!report.ok) return 1;

  // What the uptime work adds inside the build: the day model (once per build)
  // and every month's SLA report, timed on their own over the same content.
  t = performance.now();
  const uptime = buildUptimeModel(validation.content, values.now);
  for (const month of slaMonths(uptime)) slaMonth(uptime, month, validation.content.site.sla);
  const uptimeSeconds = (performance.now() - t) / 1000;

  const peakMiB = process.resourceUsage().maxRSS / 1024;
  const rows: [string, string][] = [
    ['entries', String(entries)],
    ['corpus written in', `${generate.toFixed(1)} s`],
    ['validation pass (check)', `${validate.toFixed(1)} s, ${validation.errors} errors, ${validation.warnings} warnings`],
    ['build (validate + astro + swap)', `${build.toFixed(1)} s`],
    ['uptime model + SLA months', `${uptimeSeconds.toFixed(2)} s (${((uptimeSeconds / build) * 100).toFixed(1)} % of the build)`],
    ['peak memory (RSS)', `${peakMiB.toFixed(0)} MiB`],
    ['pages written', String(report.pages)],
    ['files written', String(countFiles(outDir))],
    ['output size', `${(folderBytes(outDir) / 1024 / 1024).toFixed(1)} MiB`],
  ];
  for (const [k, v] of rows) console.log(`${k.padEnd(32)} ${v}`);
  if (values.keep) console.log(`kept: ${root}`);
  else rmSync(root, { recursive: true, force: true });
  return 0;
});
