import { loadContent } from './load.ts';
import type { Problem } from './problem.ts';
import { sortProblems } from './problem.ts';
import { checkContent } from './rules.ts';
import type { Content } from './types.ts';

export interface Validation {
  content: Content;
  problems: Problem[];
  errors: number;
  warnings: number;
}

/** The whole validation pass over a content folder: schema, then rules. */
export function validateContent(contentDir: string, now: string, cwd: string = process.cwd()): Validation {
  const load = loadContent(contentDir, cwd);
  const problems = sortProblems([...load.problems, ...checkContent(load, now)]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { content: load.content, problems, errors, warnings: problems.length - errors };
}
