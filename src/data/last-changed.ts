/**
 * When each entry last changed: its last commit (one `git log` per build),
 * or, outside git, the latest time recorded in its front matter.
 */
import type { Entry } from '../lib/content/types.ts';
import { gitLastChanged, gitLastChangedAsync } from '../lib/git/last-changed.ts';
import { lastChangedTime } from '../lib/index/entry-time.ts';
import { buildFacts } from './build-facts.ts';
import { perProcess } from './per-process.ts';

/** Content folder → its files' last commits, once per process (both module graphs). */
const commitsByFolder = perProcess('git-last-changed', () => new Map<string, Map<string, string>>());

export function lastChanged(entry: Entry, now: string): string {
  const { contentDir } = buildFacts();
  let commits = commitsByFolder.get(contentDir);
  if (commits === undefined) commitsByFolder.set(contentDir, (commits = gitLastChanged(contentDir)));
  return commits.get(entry.file) ?? lastChangedTime(entry, now);
}

/**
 * Starts the one `git log` before the build needs it: the build script runs
 * it beside the validation pass and awaits it before the first decision
 * (it is a child process: ~0.2 s of waiting, not of work).
 */
export function prefetchLastChanged(contentDir: string): Promise<void> {
  return gitLastChangedAsync(contentDir).then(
    (commits) => {
      commitsByFolder.set(contentDir, commits);
    },
    // No temporary file, say: lastChanged reads the log itself when first asked, as without the head start.
    () => {},
  );
}
