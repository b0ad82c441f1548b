/**
 * When each content file was last committed, from one `git log` over the
 * content folder (not one process per file). Outside a git checkout, or when
 * git is missing, the map is empty and callers fall back to the front matter;
 * a shallow clone simply knows fewer commits.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LOG_ARGS = (contentDir: string) => ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', contentDir];

/** Project-relative file path (`content/incidents/2026/x.md`) → ISO time of its last commit. */
export function gitLastChanged(contentDir: string, cwd: string = process.cwd()): Map<string, string> {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (top === undefined) return new Map();
  const log = git(LOG_ARGS(contentDir), cwd);
  return log === undefined ? new Map() : commitTimes(top, log, cwd);
}

/**
 * The same, without blocking: the build starts it before the validation pass
 * and needs it only after. Both commands start at once and write to files,
 * not pipes, so git never waits for this process to read while it validates.
 */
export async function gitLastChangedAsync(contentDir: string, cwd: string = process.cwd()): Promise<Map<string, string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'heliograph-git-'));
  try {
    const [top, log] = await Promise.all([gitToFile(['rev-parse', '--show-toplevel'], cwd, path.join(dir, 'top')), gitToFile(LOG_ARGS(contentDir), cwd, path.join(dir, 'log'))]);
    return top === undefined || log === undefined ? new Map() : commitTimes(top, log, cwd);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function commitTimes(top: string, log: string, cwd: string): Map<string, string> {
  const changed = new Map<string, string>();
  const root = top.trim();
  for (const block of log.split('\0')) {
    const [when, ...files] = block.split('\n').filter((l) => l.trim() !== '');
    if (when === undefined) continue;
    const iso = new Date(when.trim()).toISOString();
    for (const file of files) {
      const rel = path.relative(cwd, path.join(root, file)).split(path.sep).join('/');
      if (!changed.has(rel)) changed.set(rel, iso);
    }
  }
  return changed;
}

/** Runs git with its output into `file`; the output, or undefined when git failed or is missing. */
function gitToFile(args: string[], cwd: string, file: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const fd = openSync(file, 'w');
    try {
      const child = spawn('git', args, { cwd, stdio: ['ignore', fd, 'ignore'] });
      child.on('error', () => resolve(undefined));
      child.on('close', (code) => resolve(code === 0 ? readFileSync(file, 'utf8') : undefined));
    } catch {
      resolve(undefined);
    } finally {
      closeSync(fd);
    }
  });
}

function git(args: string[], cwd: string): string | undefined {
  try {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return result.status === 0 ? result.stdout : undefined;
  } catch {
    return undefined;
  }
}
