/**
 * Reads RSS, Atom and JSON Feed as a subscriber's reader does, with a real
 * feed parser (feedsmith), into one shape: what a reader keys on and shows.
 */
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';

export interface ReadItem {
  id: string;
  title: string;
  link: string;
  /** ISO time. */
  date: string;
  html: string;
}

export function readFeed(text: string, format: 'rss' | 'atom' | 'json'): ReadItem[] {
  switch (format) {
    case 'rss':
      return (parseRssFeed(text).items ?? []).map((i) => ({
        id: i.guid?.value ?? '',
        title: i.title ?? '',
        link: i.link ?? '',
        date: new Date(i.pubDate ?? '').toISOString(),
        html: i.content?.encoded ?? '',
      }));
    case 'atom':
      return (parseAtomFeed(text).entries ?? []).map((e) => ({
        id: e.id ?? '',
        title: atomText(e.title),
        link: e.links?.[0]?.href ?? '',
        date: new Date(e.updated ?? '').toISOString(),
        html: typeof e.content === 'string' ? e.content : ((e.content as { value?: string } | undefined)?.value ?? ''),
      }));
    case 'json':
      return (parseJsonFeed(JSON.parse(text)).items ?? []).map((i) => ({
        id: String(i.id ?? ''),
        title: i.title ?? '',
        link: i.url ?? '',
        date: new Date(i.date_published ?? '').toISOString(),
        html: i.content_html ?? '',
      }));
  }
}

/** An Atom text construct; `type="html"` is HTML, so its entities are decoded as a reader shows them. */
function atomText(value: unknown): string {
  if (typeof value === 'string') return value;
  const t = value as { value?: string; type?: string } | undefined;
  if (t?.type !== 'html') return t?.value ?? '';
  return (t.value ?? '').replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

export const formatOf = (file: string): 'rss' | 'atom' | 'json' => (file.endsWith('rss.xml') ? 'rss' : file.endsWith('atom.xml') ? 'atom' : 'json');
