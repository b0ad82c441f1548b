import type { Collection } from '../content/types.ts';

/** What a feed covers. Every HTML page links the feeds of its scope and of everything. */
export type FeedScope =
  | { kind: 'all' }
  | { kind: 'region'; code: string }
  /** Only the incidents of a region: outages, not release notes. */
  | { kind: 'region-incidents'; code: string }
  | { kind: 'collection'; collection: Collection }
  | { kind: 'component'; id: string };

export interface FeedLinks {
  title: string;
  rss: string;
  atom: string;
  /** JSON Feed 1.1, beside every RSS/Atom pair. */
  json: string;
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
        : scope.kind === 'region-incidents'
          ? `${names.region ?? scope.code}: incidents`
          : scope.kind === 'collection'
          ? COLLECTION_TITLE[scope.collection]
          : (names.component ?? scope.id);
  return { title, rss: `${base}rss.xml`, atom: `${base}atom.xml`, json: `${base}feed.json` };
}

export function scopeBase(scope: FeedScope): string {
  switch (scope.kind) {
    case 'all':
      return '/';
    case 'region':
      return `/regions/${scope.code.toLowerCase()}/`;
    case 'region-incidents':
      return `/regions/${scope.code.toLowerCase()}/incidents/`;
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

/**
 * Site path of a scope's calendar without release stages: maintenance windows
 * only (release stages are most events and flood a maintenance calendar).
 */
export function maintenanceOnlyCalendarPath(scope: Extract<FeedScope, { kind: 'all' } | { kind: 'region' }>): string {
  return `${scopeBase(scope)}maintenance-only.ics`;
}

/** `webcal://` form of an absolute http(s) calendar URL: calendar apps subscribe instead of importing once. */
export function webcalUrl(absolute: string): string {
  return absolute.replace(/^https?:\/\//, 'webcal://');
}

/** Site path of a status badge: everything, each region and each component have one. */
export function badgePath(scope: Extract<FeedScope, { kind: 'all' } | { kind: 'region' } | { kind: 'component' }>): string {
  return `${scopeBase(scope)}badge.svg`;
}
