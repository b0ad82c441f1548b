/**
 * The state file on disk. Written atomically: the new content goes to a
 * temporary file beside it, is flushed to disk, then renamed over the old
 * one, so a process killed at any moment leaves either the old or the new
 * state, never half of one.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../content/problem.ts';
import type { DeliveryState } from './delivery-state.ts';
import { deliveryStateSchema, emptyState } from './delivery-state.ts';

export type StateRead = { ok: true; state: DeliveryState; existed: boolean } | { ok: false; problem: Problem };

export function readStateFile(file: string, shown: string = file): StateRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, state: emptyState(), existed: false };
    return { ok: false, problem: { severity: 'error', file: shown, field: '-', message: `found a file that cannot be read (${(error as Error).message}), expected the notify state file` } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { severity: 'error', file: shown, line: 1, field: '-', message: 'found text that is not JSON, expected the notify state file (JSON written by npm run notify)' } };
  }
  const parsed = deliveryStateSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.') || '-';
    return { ok: false, problem: { severity: 'error', file: shown, field, message: `found a value that does not fit, expected ${issue.message} (a notify state file, version 1)` } };
  }
  return { ok: true, state: parsed.data, existed: true };
}

export function writeStateFile(file: string, state: DeliveryState): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(state, null, 1)}\n`);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
  // The rename itself is durable once the folder is flushed.
  try {
    const dirFd = openSync(dir, 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
  } catch {
    // Some platforms cannot open a folder for fsync; the rename is still atomic.
  }
}
