/**
 * Where a message points and how messages of one entry are tied together.
 * Ids come from change ids, which are stable across builds, so a rerun sends
 * the same Message-ID and mail clients (and receivers) can drop duplicates.
 */
import { createHash } from 'node:crypto';
import type { Change } from '../changes/change.ts';
import type { SiteConfig } from '../content/schema.ts';
import { entryKey } from '../index/site-index.ts';
import { absoluteUrl } from '../web/absolute-url.ts';

export function entryUrl(site: Pick<SiteConfig, 'url'>, change: Change): string {
  const page = absoluteUrl(site, `/${change.entry.collection}/${change.entry.id}/`);
  return change.anchor ? `${page}#${change.anchor}` : page;
}

export function subscribeUrl(site: Pick<SiteConfig, 'url'>): string {
  return absoluteUrl(site, '/subscribe/');
}

/** `<incidents.2026.eur-sign-in.opened-….3f2a9c1b@status.example.com>`: readable, and unique even after the characters a Message-ID cannot hold are replaced. */
export function messageId(site: Pick<SiteConfig, 'url'>, changeId: string): string {
  const readable = changeId.replace(/[^A-Za-z0-9!#$%&'*+\-=?^_`{|}~]+/g, '.').replace(/^\.+|\.+$/g, '').slice(0, 120) || 'change';
  const digest = createHash('sha256').update(changeId).digest('hex').slice(0, 10);
  return `<${readable}.${digest}@${new URL(site.url).hostname}>`;
}

/**
 * The first change of each entry (oldest `at`, then id): every later message
 * about the entry replies to it, so one incident is one thread.
 */
export function threadRoots(changes: readonly Change[]): Map<string, Change> {
  const roots = new Map<string, Change>();
  for (const change of changes) {
    const key = entryKey(change.entry);
    const root = roots.get(key);
    if (!root || change.at < root.at || (change.at === root.at && change.id < root.id)) roots.set(key, change);
  }
  return roots;
}
