/** Argument helpers shared by the authoring commands. */
import { createInterface } from 'node:readline/promises';
import { UsageError } from '../run.ts';
import { AuthoringError } from '../../lib/authoring/errors.ts';
import { nowText, parseTimeArgument } from '../../lib/authoring/time-text.ts';

/** `NAM,EUR` or `NAM, EUR` → `['NAM', 'EUR']`. */
export function listArgument(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Turns an `AuthoringError` about arguments into a usage error (exit 2). */
export function asUsage<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof AuthoringError) throw new UsageError(error.message);
    throw error;
  }
}

/** `--at` if given, else now; both as `2026-11-21T12:00:00Z`. */
export function atArgument(at: string | undefined, now: string): string {
  return at === undefined ? nowText(now) : asUsage(() => parseTimeArgument('--at', at));
}

export function oneOfArgument<const T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag}: found ${JSON.stringify(value)}, expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

export interface Wanted {
  /** Flag name without dashes. */
  flag: string;
  /** What to type, shown in the prompt and the error. */
  hint: string;
}

/**
 * Fills in missing flags: asks for them when stdin is a terminal, otherwise
 * refuses naming every missing flag.
 */
export async function fillMissing(values: Record<string, unknown>, wanted: readonly Wanted[]): Promise<void> {
  const missing = wanted.filter((w) => values[w.flag] === undefined || values[w.flag] === '');
  if (missing.length === 0) return;
  if (!process.stdin.isTTY) {
    throw new UsageError(`missing ${missing.map((w) => `--${w.flag} (${w.hint})`).join(', ')}; see --help`);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Reading lines through the iterator keeps those typed (or pasted) ahead of their prompt.
  const lines = rl[Symbol.asyncIterator]();
  try {
    for (const w of missing) {
      let answer = '';
      while (answer === '') {
        rl.setPrompt(`${w.flag} (${w.hint}): `);
        rl.prompt();
        const line = await lines.next();
        if (line.done) throw new UsageError(`no answer for --${w.flag}; nothing was written`);
        answer = String(line.value).trim();
      }
      values[w.flag] = answer;
    }
  } finally {
    rl.close();
  }
}
