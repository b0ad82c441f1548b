/**
 * `npm run check [-- --strict] [--due] [--content DIR] [--changed FILES] [--format github]`:
 * validates all of content/ in one pass and prints every problem as
 * `file:line: field: message`. Errors exit 1; warnings exit 0 unless --strict.
 * `--due` lists what the policy expects soon or has missed instead.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dueItems, formatDueItem } from '../lib/authoring/due.ts';
import { readableTime } from '../lib/time/readable.ts';
import { annotated, annotation, jobSummary } from '../lib/check/github-report.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { validateContent } from '../lib/check/validate.ts';
import { formatUpcoming, upcomingNotifications } from '../lib/notify/upcoming.ts';
import type { Validation } from '../lib/check/validate.ts';
import { resolveNow } from '../lib/time/now.ts';
import { runCli, UsageError } from './run.ts';

const HELP = `Usage: npm run check -- [--strict] [--due] [--content DIR] [--changed FILES] [--format github]

Validates every file in the content folder against the content format and
the publishing policy, and prints each problem as file:line: field: message.

  --strict        exit 1 on warnings too (PIR due, late notice, ...)
  --due           list instead what is due or overdue now, one per line with its
                  date: post-incident reports, notices for planned maintenance
                  starting soon, major-release notices in the next 14 days
                  (with --strict: exit 1 if anything is overdue), then the
                  notifications coming up: major-release notices in the next
                  7 days, maintenance starting in the next 24 hours
  --content DIR   the content folder (default: content)
  --changed FILES the files a change touches (repeat it, or give one value with
                  one path per line, as git diff --name-only prints them):
                  warnings about the past that no longer call for action (a late
                  notice for work that has started, a PIR published late) are
                  reported for these files only
  --format github print errors, and the warnings of the --changed files, as
                  GitHub Actions annotations (::error file=…,line=…::…) and add
                  a table of every problem to $GITHUB_STEP_SUMMARY when it is set
  --help          this text

HELIOGRAPH_NOW=2026-11-21T12:00:00Z pins "now" for time-dependent rules.`;

runCli(() => {
  const { values } = parseArgs({
    options: {
      strict: { type: 'boolean', default: false },
      due: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      changed: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'github') {
    throw new UsageError(`--format: found ${JSON.stringify(values.format)}, expected text or github`);
  }
  const now = resolveNow();
  const changed = values.changed === undefined ? undefined : changedFiles(values.changed);
  const result = validateContent(values.content, now, process.cwd(), changed);
  if (values.due) return listDue(result, now, values.strict);
  if (values.format === 'github') {
    const annotate = new Set(annotated(result.problems, changed));
    for (const problem of result.problems) console.log(annotate.has(problem) ? annotation(problem) : formatProblem(problem));
    const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
    if (summaryFile) appendFileSync(summaryFile, jobSummary(result.problems));
  } else {
    for (const problem of result.problems) console.log(formatProblem(problem));
  }
  const summary = `${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}`;
  const fails = result.errors > 0 || (values.strict && result.warnings > 0);
  console.log(fails ? `check failed: ${summary}` : `check passed: ${summary}`);
  return fails ? 1 : 0;
});

/** Paths as the problems name them: relative to the working folder, `/`-separated. */
function changedFiles(values: string[]): Set<string> {
  const files = values.flatMap((v) => v.split(/\r?\n/)).map((f) => f.trim()).filter((f) => f !== '');
  return new Set(files.map((f) => path.relative(process.cwd(), path.resolve(f)).split(path.sep).join('/')));
}

function listDue(result: Validation, now: string, strict: boolean): number {
  // Errors come first: what is listed below may be incomplete until they are fixed.
  for (const problem of result.problems) if (problem.severity === 'error') console.log(formatProblem(problem));
  const items = dueItems(result.content, now);
  for (const item of items) console.log(formatDueItem(item));
  // What `npm run notify` will send soon by the clock alone (release notices, maintenance starting).
  for (const item of upcomingNotifications(result.content, now)) console.log(formatUpcoming(item));
  const overdue = items.filter((i) => i.state === 'overdue').length;
  console.log(items.length === 0 ? `nothing due or overdue at ${readableTime(now)}` : `${items.length - overdue} due, ${overdue} overdue at ${readableTime(now)}`);
  if (result.errors > 0) {
    console.log(`check failed: ${result.errors} error${result.errors === 1 ? '' : 's'}`);
    return 1;
  }
  return strict && overdue > 0 ? 1 : 0;
}
