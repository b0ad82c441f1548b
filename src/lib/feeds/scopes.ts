import type { Collection } from '../content/types.ts';

/** What a feed covers. Every HTML page links the feeds of its scope and of everything. */
export type FeedScope =
  | { kind: 'all' }
  | { kind: 'region'; code: string }
  | { kind: 'collection'; collection: Collection }
  | { kind: 'component'; id: string };

export interface FeedLinks {
  title: string;
  rss: string;
  atom: string;
}

const COLLECTION_TITLE: Record<Collection, string> = {
  incidents: 'Incidents',
  maintenance: 'Maintenance',
  releases: 'Releases',
  notices: 'Notices',
};

/** Site-relative paths of a scope's feeds; these paths are part of the public interface. */
export function feedLinks(scope: FeedScope, names: { region?: string; component?: string } = {}): FeedLinks {
  const base = scopeBase(scope);
  const title =
    scope.kind === 'all'
      ? 'Everything'
      : scope.kind === 'region'
        ? (names.region ?? scope.code)
        : scope.kind === 'collection'
          ? COLLECTION_TITLE[scope.collection]
          : (names.component ?? scope.id);
  return { title, rss: `${base}rss.xml`, atom: `${base}atom.xml` };
}

export function scopeBase(scope: FeedScope): string {
  switch (scope.kind) {
    case 'all':
      return '/';
    case 'region':
      return `/regions/${scope.code.toLowerCase()}/`;
    case 'collection':
      return `/${scope.collection}/`;
    case 'component':
      return `/components/${scope.id}/`;
  }
}

/** Site path of a scope's maintenance calendar: everything and each region have one. */
export function calendarPath(scope: Extract<FeedScope, { kind: 'all' } | { kind: 'region' }>): string {
  return `${scopeBase(scope)}maintenance.ics`;
}

/** Site path of a status badge: everything, each region and each component have one. */
export function badgePath(scope: Extract<FeedScope, { kind: 'all' } | { kind: 'region' } | { kind: 'component' }>): string {
  return `${scopeBase(scope)}badge.svg`;
}
