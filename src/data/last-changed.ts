/**
 * When each entry last changed: its last commit (one `git log` per build),
 * or, outside git, the latest time recorded in its front matter.
 */
import type { Entry } from '../lib/content/types.ts';
import { gitLastChanged } from '../lib/git/last-changed.ts';
import { lastChangedTime } from '../lib/index/entry-time.ts';
import { buildFacts } from './build-facts.ts';
import { perProcess } from './per-process.ts';

export function lastChanged(entry: Entry, now: string): string {
  const { contentDir } = buildFacts();
  const commits = perProcess(`git-last-changed:${contentDir}`, () => gitLastChanged(contentDir));
  return commits.get(entry.file) ?? lastChangedTime(entry, now);
}
