/**
 * When each entry last changed: its last commit (one `git log` per build),
 * or, outside git, the latest time recorded in its front matter.
 */
import type { Entry } from '../lib/content/types.ts';
import { gitLastChanged } from '../lib/git/last-changed.ts';
import { lastChangedTime } from '../lib/index/entry-time.ts';
import { buildFacts } from './build-facts.ts';

let commits: Map<string, string> | undefined;

export function lastChanged(entry: Entry, now: string): string {
  commits ??= gitLastChanged(buildFacts().contentDir);
  return commits.get(entry.file) ?? lastChangedTime(entry, now);
}
