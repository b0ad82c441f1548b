/**
 * Runs `npm run notify`'s command as a child process, without blocking this
 * process, so the test's own SMTP and HTTP servers can answer it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface NotifyRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startNotify(args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<NotifyRun> } {
  // Node itself (it strips the types), so a SIGKILL sent to `child` stops the notify run itself.
  const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/notify.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, HELIOGRAPH_SUBSCRIBERS: '', HELIOGRAPH_NOTIFY_STATE: '', SMTP_URL: '', SITE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const done = new Promise<NotifyRun>((resolve) => child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })));
  return { child, done };
}

export function runNotify(args: string[], env: Record<string, string>): Promise<NotifyRun> {
  return startNotify(args, env).done;
}
