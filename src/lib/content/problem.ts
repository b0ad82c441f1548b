export type Severity = 'error' | 'warning';

/** One thing wrong with the content: where, which field, what was found and expected. */
export interface Problem {
  severity: Severity;
  /** Path relative to the project root, e.g. `content/incidents/2026/x.md`. */
  file: string;
  line?: number;
  /** Dotted path of the field (`updates.2.at`), or `-` for the file as a whole. */
  field: string;
  message: string;
  /**
   * A warning about the past that no longer calls for action (a late notice
   * for work that has started, a PIR published late): reported only when its
   * file is among the changed files, never again after.
   */
  whenChanged?: true;
}

/** `file:line: field: message`, the format editors and CI annotate. */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.field}: ${p.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

/** A short, safe rendering of a found value for a message. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'a mapping';
}
