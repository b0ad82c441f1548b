/**
 * When each content file was last committed, from one `git log` over the
 * content folder (not one process per file). Outside a git checkout, or when
 * git is missing, the map is empty and callers fall back to the front matter;
 * a shallow clone simply knows fewer commits.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Project-relative file path (`content/incidents/2026/x.md`) → ISO time of its last commit. */
export function gitLastChanged(contentDir: string, cwd: string = process.cwd()): Map<string, string> {
  const changed = new Map<string, string>();
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  if (top === undefined) return changed;
  const log = git(['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', contentDir], cwd);
  if (log === undefined) return changed;
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

function git(args: string[], cwd: string): string | undefined {
  try {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return result.status === 0 ? result.stdout : undefined;
  } catch {
    return undefined;
  }
}
