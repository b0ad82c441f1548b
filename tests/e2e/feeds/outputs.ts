/** Finding and reading the machine-readable outputs of a built site. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { BUILD_ID_FILE } from '../../../src/lib/incremental/manifest.ts';

/** Site paths (`/regions/eur/rss.xml`) of every file under `dist` whose name matches. */
export function findOutputs(dist: string, match: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      // The build id is the build's own record for the next rebuild, not an output for readers.
      else if (name !== BUILD_ID_FILE && match(name)) out.push(`/${path.relative(dist, file).split(path.sep).join('/')}`);
    }
  };
  walk(dist);
  return out.sort();
}

export const read = (dist: string, sitePath: string) => readFileSync(path.join(dist, sitePath), 'utf8');

export const xmlParser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (_name, jpath) => ['rss.channel.item', 'rss.channel.item.category', 'feed.entry', 'feed.link', 'feed.entry.link', 'feed.entry.category'].includes(String(jpath)),
});

export interface ParsedItem {
  id: string;
  title: string;
  published: string;
  updated?: string;
}

/** The items of an RSS or Atom file, with `published` as an ISO time. */
export function feedItemsOf(xml: string): ParsedItem[] {
  const doc = xmlParser.parse(xml);
  if (doc.rss) {
    return (doc.rss.channel.item ?? []).map((i: Record<string, any>) => ({
      id: i.guid['#text'],
      title: i.title,
      published: new Date(i.pubDate).toISOString(),
    }));
  }
  return (doc.feed.entry ?? []).map((e: Record<string, any>) => ({
    id: e.id,
    title: e.title['#text'],
    published: e.published,
    updated: e.updated,
  }));
}

/** XML 1.0 forbids these anywhere in a document. */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
