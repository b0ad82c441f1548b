/**
 * `npm run resolve -- <incident> --text "..." [--at TIME]`: the final
 * `resolved` update and `resolved:`; prints when a major incident's PIR is due.
 */
import { parseArgs } from 'node:util';
import { readableDeadline } from '../lib/time/readable.ts';
import { resolveIncident } from '../lib/authoring/updates.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { loadContent } from '../lib/content/load.ts';
import { businessDaysDeadline } from '../lib/time/business-days.ts';
import { resolveNow } from '../lib/time/now.ts';
import { asUsage, atArgument } from './authoring/args.ts';
import { locateEntry, readEntry, relativeFile, writeEntry } from './authoring/entry-file.ts';
import { runCli, UsageError } from './run.ts';

const HELP = `Usage: npm run resolve -- <incident> --text "..." [--at TIME] [--content DIR]

Adds the final update (status resolved) and sets resolved: to the same time,
the current UTC time unless --at is given. Refuses an incident that is already
resolved. For a major incident it prints when the post-incident report is due.

  <incident>      an id (2026/eur-sign-in), incidents/2026/eur-sign-in, or the file's path
  --text TEXT     the final update: since when service is normal, what follows
  --at TIME       when service was restored, e.g. 2026-11-21T12:40Z (default: now)
  --content DIR   the content folder (default: content)
  --help          this text`;

runCli(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      text: { type: 'string' },
      at: { type: 'string' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`expected one incident, found ${positionals.length}; e.g. npm run resolve -- 2026/eur-sign-in --text "..." (see --help)`);
  if (values.text === undefined) throw new UsageError('missing --text (the final update customers read); see --help');

  const now = resolveNow();
  const at = atArgument(values.at, now);
  const file = asUsage(() => locateEntry(positionals[0]!, values.content, ['incidents']));
  const text = resolveIncident(readEntry(file), { at, text: values.text });
  const warnings = writeEntry(values.content, file, text, now);
  const key = `incidents/${file.id}`;
  console.log(`Resolved ${key} at ${at} (${relativeFile(file.abs)}).`);
  // The PIR deadline is printed below in words; skip check's line for it.
  for (const warning of warnings) if (!warning.message.startsWith('PIR due')) console.log(formatProblem(warning));

  const { content } = loadContent(values.content);
  const incident = content.incidents.find((i) => i.id === file.id);
  if (incident?.data.severity === 'major') {
    const due = businessDaysDeadline(at, content.site.pir_business_days, content.site.holidays);
    console.log(
      `This is a major incident: its post-incident report is due by ${readableDeadline(due)} (${content.site.pir_business_days} business days after resolution).\n` +
        `Start it with: npm run pir -- ${key}`,
    );
  }
  return 0;
});
