/**
 * `npm run update -- <entry> --status STATUS --text "..." [--at TIME]`:
 * appends an update to an incident or a maintenance event, leaving the rest
 * of the file byte for byte as it was.
 */
import { parseArgs } from 'node:util';
import { postUpdate } from '../lib/authoring/updates.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { resolveNow } from '../lib/time/now.ts';
import { asUsage, atArgument } from './authoring/args.ts';
import { locateEntry, readEntry, relativeFile, writeEntry } from './authoring/entry-file.ts';
import { runCli, UsageError } from './run.ts';

const HELP = `Usage: npm run update -- <entry> --status STATUS --text "..." [--at TIME] [--content DIR]

Appends an update at the current UTC time (or --at) to an incident or a
maintenance event. Comments, key order and formatting in the file are kept;
only the new update's lines are added. Nothing is written if the result would
fail check.

  <entry>         an id (2026/eur-sign-in), with its folder (incidents/2026/eur-sign-in),
                  or the file's path
  --status        incident: investigating, identified, monitoring
                  (to resolve, use npm run resolve)
                  maintenance: scheduled, in_progress, verifying, completed
                  (completed also records completed: at the same time)
  --text TEXT     what customers should know; say when the next update comes
  --at TIME       when it was posted, e.g. 2026-11-21T12:30Z (default: now)
  --content DIR   the content folder (default: content)
  --help          this text

Example
  npm run update -- 2026/eur-sign-in --status identified \\
    --text "A certificate rotation broke sign-in. We are rolling it back. Next update by 13:00 UTC."`;

runCli(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      status: { type: 'string' },
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
  if (positionals.length !== 1) throw new UsageError(`expected one entry, found ${positionals.length}; e.g. npm run update -- 2026/eur-sign-in --status identified --text "..." (see --help)`);
  const missing = [values.status === undefined && '--status', values.text === undefined && '--text'].filter(Boolean);
  if (missing.length > 0) throw new UsageError(`missing ${missing.join(' and ')}; see --help`);

  const now = resolveNow();
  const at = atArgument(values.at, now);
  const file = asUsage(() => locateEntry(positionals[0]!, values.content, ['incidents', 'maintenance']));
  const collection = file.collection === 'incidents' ? 'incidents' : 'maintenance';
  const text = postUpdate(readEntry(file), collection, { at, status: values.status!, text: values.text! });
  const warnings = writeEntry(values.content, file, text, now);
  console.log(`Posted an update (${values.status}) at ${at} to ${relativeFile(file.abs)}.`);
  for (const warning of warnings) console.log(formatProblem(warning));
  return 0;
});
