import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCliScript } from '../../support/build.ts';
import type { BuildRun } from '../../support/build.ts';
import { SAMPLE_CONTENT, SAMPLE_NOW } from '../../support/paths.ts';

/** A copy of the sample content in a fresh temp folder, and the CLIs pinned to the sample time run against it. */
export function tempContent() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-cli-'));
  const content = path.join(root, 'content');
  cpSync(SAMPLE_CONTENT, content, { recursive: true });
  return {
    root,
    content,
    file: (rel: string) => path.join(content, rel),
    read: (rel: string) => readFileSync(path.join(content, rel), 'utf8'),
    write: (rel: string, text: string) => writeFileSync(path.join(content, rel), text),
    run: (script: string, args: string[], now = SAMPLE_NOW): BuildRun => runCliScript(script, [...args, '--content', content], { HELIOGRAPH_NOW: now }),
    /** `check` on the copy: the files the commands wrote must pass it. */
    check: (...args: string[]): BuildRun => runCliScript('check.ts', ['--content', content, ...args], { HELIOGRAPH_NOW: SAMPLE_NOW }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export type TempContent = ReturnType<typeof tempContent>;

/** A failure is one clear line on stderr, never a stack trace. */
export function oneLineError(run: BuildRun): string {
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
  if (lines.length !== 1 || /^\s+at /m.test(run.stderr)) throw new Error(`expected one error line, got:\n${run.stderr}`);
  return lines[0]!;
}
