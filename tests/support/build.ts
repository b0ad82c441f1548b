import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, SAMPLE_CONTENT } from './paths.ts';

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real build script (`npm run build`'s command) with the given content, time and output folder. */
export function runBuild(options: { content?: string; now?: string; out: string; env?: Record<string, string> }): BuildRun {
  const result = spawnSync(process.execPath, ['--expose-gc', 'scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
      HELIOGRAPH_CONTENT: options.content ?? SAMPLE_CONTENT,
      HELIOGRAPH_OUT: options.out,
      ...(options.now ? { HELIOGRAPH_NOW: options.now } : {}),
      ...options.env,
    },
    timeout: 600_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a CLI under src/cli, as `npm run <name>` does (Node strips the types). */
export function runCliScript(script: string, args: string[], env: Record<string, string> = {}, cwd = ROOT): BuildRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'src/cli', script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
