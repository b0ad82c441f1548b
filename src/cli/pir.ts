/**
 * `npm run pir -- <incident>` adds the post-incident report's four sections
 * as a skeleton; `--publish` sets pir_published once every section is written.
 */
import { parseArgs } from 'node:util';
import { addPirSkeletonToFile, publishPir } from '../lib/authoring/pir.ts';
import { splitEntryText } from '../lib/authoring/entry-text.ts';
import { pirGaps } from '../lib/authoring/pir.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { resolveNow } from '../lib/time/now.ts';
import { asUsage, atArgument } from './authoring/args.ts';
import { locateEntry, readEntry, relativeFile, writeEntry } from './authoring/entry-file.ts';
import { runCli, UsageError } from './run.ts';

const HELP = `Usage: npm run pir -- <incident> [--publish [--at TIME]] [--content DIR]

Without --publish: adds the post-incident report's sections to the incident's
body, each with a prompt in an HTML comment (not shown on the site):
  ## Summary, ## User experience, ## Root cause, ## Next steps
Sections already there are left alone. Start and resolution times come from
the front matter.

With --publish: sets pir_published to now (or --at). Refuses while the
incident is open or any section is missing or empty (prompts do not count).

  <incident>      an id (2026/eur-sign-in), incidents/2026/eur-sign-in, or the file's path
  --publish       publish the written report
  --at TIME       publication time (default: now)
  --content DIR   the content folder (default: content)
  --help          this text`;

runCli(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      publish: { type: 'boolean', default: false },
      at: { type: 'string' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`expected one incident, found ${positionals.length}; e.g. npm run pir -- 2026/eur-sign-in (see --help)`);
  if (values.at !== undefined && !values.publish) throw new UsageError('--at applies only with --publish');

  const now = resolveNow();
  const file = asUsage(() => locateEntry(positionals[0]!, values.content, ['incidents']));
  const raw = readEntry(file);
  const key = `incidents/${file.id}`;

  if (values.publish) {
    const at = atArgument(values.at, now);
    const warnings = writeEntry(values.content, file, publishPir(raw, at), now);
    console.log(`Published the post-incident report of ${key} at ${at} (${relativeFile(file.abs)}).`);
    for (const warning of warnings) console.log(formatProblem(warning));
    return 0;
  }

  const { text, added } = addPirSkeletonToFile(raw);
  if (added.length === 0) {
    const gaps = pirGaps(splitEntryText(raw).body);
    console.log(
      gaps.length === 0
        ? `${relativeFile(file.abs)} already has all four PIR sections, written. Publish with: npm run pir -- ${key} --publish`
        : `${relativeFile(file.abs)} already has all four PIR sections; still to write: ${gaps.join(', ')}.`,
    );
    return 0;
  }
  const warnings = writeEntry(values.content, file, text, now);
  console.log(`Added ${added.map((h) => `"## ${h}"`).join(', ')} to ${relativeFile(file.abs)}.`);
  for (const warning of warnings) console.log(formatProblem(warning));
  console.log(`Write each section, then publish with: npm run pir -- ${key} --publish`);
  return 0;
});
