/**
 * Problems as GitHub Actions reads them: workflow-command annotations
 * (`::error file=…,line=…::message`) that GitHub pins to the lines of a pull
 * request's changed files, and a Markdown job summary. Pure text; the CLI
 * prints and writes it.
 */
import type { Problem } from '../content/problem.ts';

/** Workflow-command data escaping (what @actions/core does). */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Property values also escape `:` and `,`, which separate properties. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::warning file=content/x.md,line=7,title=resolved::PIR due by …` */
export function annotation(p: Problem): string {
  const properties = [`file=${escapeProperty(p.file)}`, ...(p.line === undefined ? [] : [`line=${p.line}`]), `title=${escapeProperty(p.field)}`];
  return `::${p.severity} ${properties.join(',')}::${escapeData(p.message)}`;
}

/**
 * Which problems get an annotation: every error, and the warnings of the
 * changed files (all warnings when no change list is given). The summary
 * lists every problem either way.
 */
export function annotated(problems: readonly Problem[], changed: ReadonlySet<string> | undefined): Problem[] {
  return problems.filter((p) => p.severity === 'error' || changed === undefined || changed.has(p.file));
}

/** Untrusted text in a Markdown table cell: no markup, no cell breaks. */
const cell = (text: string) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

/** The job summary: counts, then one row per problem. */
export function jobSummary(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    '### Content check',
    '',
    errors > 0
      ? `**Failed:** ${plural(errors, 'error')}, ${plural(warnings, 'warning')}. Errors must be fixed; warnings never block.`
      : `**Passed:** ${plural(warnings, 'warning')}${warnings > 0 ? ' (reported, never blocking)' : ''}.`,
  ];
  if (problems.length > 0) {
    lines.push('', '| | file | field | message |', '| --- | --- | --- | --- |');
    for (const p of problems) {
      const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
      lines.push(`| ${p.severity} | ${cell(where)} | ${cell(p.field)} | ${cell(p.message)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
