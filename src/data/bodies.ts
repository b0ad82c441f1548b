/**
 * The rendered bodies of the entries whose pages this build renders, from the
 * content loader (src/data/loader.ts) to those pages. Kept outside Astro's
 * content store on purpose: Astro bundles the whole store into the build as
 * one JavaScript module, and at 10k entries 26 MB of HTML made bundling the
 * largest memory peak of a cold build (~600 MB) and two seconds of it.
 *
 * The loader and the pages are two module graphs in one process (the content
 * layer's, and the bundle Astro renders from), so there is one map per
 * process (per-process.ts).
 */
import type { Entry } from '../lib/content/types.ts';
import { entryKey } from '../lib/index/site-index.ts';
import { perProcess } from './per-process.ts';

interface Body {
  /** What the HTML was made from (the Markdown and the sanitiser version). */
  digest: string;
  html: string;
}

function bodies(): Map<string, Body> {
  return perProcess('bodies', () => new Map<string, Body>());
}

/** The body rendered from `digest` earlier in this process (under `astro dev`, before a file changed), if any. */
export function knownBody(entry: Pick<Entry, 'collection' | 'id'>, digest: string): string | undefined {
  const body = bodies().get(entryKey(entry));
  return body?.digest === digest ? body.html : undefined;
}

export function setBody(entry: Pick<Entry, 'collection' | 'id'>, digest: string, html: string): void {
  bodies().set(entryKey(entry), { digest, html });
}

/** Drops the body of an entry whose page this build keeps from the previous one. */
export function dropBody(entry: Pick<Entry, 'collection' | 'id'>): void {
  bodies().delete(entryKey(entry));
}

/** The sanitised HTML of an entry's body, for its page. */
export function bodyHtml(entry: Pick<Entry, 'collection' | 'id'>): string {
  const body = bodies().get(entryKey(entry));
  // A kept page's entry has no rendered body, and is never asked for.
  if (!body) throw new Error(`no rendered body for ${entryKey(entry)}`);
  return body.html;
}
