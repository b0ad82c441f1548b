/**
 * `npm run check [-- --strict] [--content DIR]`: validates all of content/ in
 * one pass and prints every problem as `file:line: field: message`.
 * Errors exit 1; warnings exit 0 unless --strict.
 */
import { parseArgs } from 'node:util';
import { formatProblem } from '../lib/content/problem.ts';
import { validateContent } from '../lib/content/validate.ts';
import { resolveNow } from '../lib/time/now.ts';
import { runCli } from './run.ts';

const HELP = `Usage: npm run check -- [--strict] [--content DIR]

Validates every file in the content folder against the content format and
the publishing policy, and prints each problem as file:line: field: message.

  --strict        exit 1 on warnings too (PIR due, late notice, ...)
  --content DIR   the content folder (default: content)
  --help          this text

HELIOGRAPH_NOW=2026-11-21T12:00:00Z pins "now" for time-dependent rules.`;

runCli(() => {
  const { values } = parseArgs({
    options: {
      strict: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const result = validateContent(values.content, resolveNow());
  for (const problem of result.problems) console.log(formatProblem(problem));
  const summary = `${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}`;
  const fails = result.errors > 0 || (values.strict && result.warnings > 0);
  console.log(fails ? `check failed: ${summary}` : `check passed: ${summary}`);
  return fails ? 1 : 0;
});
