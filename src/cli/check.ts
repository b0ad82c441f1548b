/**
 * `npm run check [-- --strict] [--due] [--content DIR]`: validates all of
 * content/ in one pass and prints every problem as `file:line: field: message`.
 * Errors exit 1; warnings exit 0 unless --strict.
 * `--due` lists what the policy expects soon or has missed instead.
 */
import { parseArgs } from 'node:util';
import { dueItems, formatDueItem } from '../lib/authoring/due.ts';
import { readableTime } from '../lib/authoring/time-text.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { validateContent } from '../lib/content/validate.ts';
import { formatUpcoming, upcomingNotifications } from '../lib/notify/upcoming.ts';
import type { Validation } from '../lib/content/validate.ts';
import { resolveNow } from '../lib/time/now.ts';
import { runCli } from './run.ts';

const HELP = `Usage: npm run check -- [--strict] [--due] [--content DIR]

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
  --help          this text

HELIOGRAPH_NOW=2026-11-21T12:00:00Z pins "now" for time-dependent rules.`;

runCli(() => {
  const { values } = parseArgs({
    options: {
      strict: { type: 'boolean', default: false },
      due: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const now = resolveNow();
  const result = validateContent(values.content, now);
  if (values.due) return listDue(result, now, values.strict);
  for (const problem of result.problems) console.log(formatProblem(problem));
  const summary = `${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}`;
  const fails = result.errors > 0 || (values.strict && result.warnings > 0);
  console.log(fails ? `check failed: ${summary}` : `check passed: ${summary}`);
  return fails ? 1 : 0;
});

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
