/**
 * getStaticPaths of the feed and calendar files of each region and component:
 * most of a site's feeds and calendars. They move with time, but only through
 * the data they are written from — a feed's items, a calendar's events, as of
 * this build's `now` — so each path carries that data, the route writes the
 * file from it, and a rebuild keeps every file the previous build wrote from
 * the same data (writtenFromData, src/data/incremental.ts). So are the
 * site-wide and per-kind feeds and the two site-wide calendars.
 */
import { COLLECTIONS } from '../lib/content/types.ts';
import type { CalendarEvent } from '../lib/calendar/events.ts';
import { calendarEvents } from '../lib/calendar/events.ts';
import type { FeedContent } from '../lib/feeds/items.ts';
import { feedContent } from '../lib/feeds/items.ts';
import type { FeedScope } from '../lib/feeds/scopes.ts';
import { calendarPath, maintenanceOnlyCalendarPath, scopeBase } from '../lib/feeds/scopes.ts';
import type { SiteIndex } from '../lib/index/site-index.ts';
import { digestOnce } from '../lib/incremental/fingerprint.ts';
import { writtenFromData } from './incremental.ts';
import { perRegion } from './region-paths.ts';

export type FeedFile = 'rss.xml' | 'atom.xml' | 'feed.json';

export interface FeedFileProps {
  scope: FeedScope;
  data: FeedContent;
}

export interface SiteCalendarProps {
  releaseStages: boolean;
  data: CalendarEvent[];
}

export interface CalendarFileProps {
  scope: { kind: 'region'; code: string };
  data: CalendarEvent[];
}

function feedPaths<P extends { params: Record<string, string | undefined>; props: { scope: FeedScope } }>(index: SiteIndex, paths: P[], file: FeedFile) {
  // A scope's content is one object for its three files: serialised once.
  return writtenFromData(paths, (p) => `${scopeBase(p.props.scope)}${file}`, (p) => feedContent(index, p.props.scope), (content) => digestOnce(content, () => content));
}

/** A feed file of the whole site (`/rss.xml`) and of each kind (`/incidents/rss.xml`): `kind` is undefined for the site's own. */
export function siteFeedPaths(index: SiteIndex, file: FeedFile) {
  const scopes: FeedScope[] = [{ kind: 'all' }, ...COLLECTIONS.map((collection): FeedScope => ({ kind: 'collection', collection }))];
  return feedPaths(index, scopes.map((scope) => ({ params: { kind: scope.kind === 'collection' ? scope.collection : undefined }, props: { scope } })), file);
}

/** A feed file of each region (`region`) or of each region's incidents (`region-incidents`). */
export function regionFeedPaths(index: SiteIndex, kind: 'region' | 'region-incidents', file: FeedFile) {
  return feedPaths(index, perRegion(index, (code): { scope: FeedScope } => ({ scope: { kind, code } })), file);
}

/** A feed file of each component. */
export function componentFeedPaths(index: SiteIndex, file: FeedFile) {
  const paths = index.components.map((c) => ({ params: { id: c.id }, props: { scope: { kind: 'component', id: c.id } as FeedScope } }));
  return feedPaths(index, paths, file);
}

/** Each region's maintenance calendar, with release stages or without (`maintenance-only.ics`). */
export function regionCalendarPaths(index: SiteIndex, releaseStages: boolean) {
  return writtenFromData(
    perRegion(index, (code) => ({ scope: { kind: 'region' as const, code } })),
    (p) => (releaseStages ? calendarPath(p.props.scope) : maintenanceOnlyCalendarPath(p.props.scope)),
    (p) => calendarEvents(index, p.props.scope, { releaseStages }),
  );
}

/** The site-wide calendars: `/maintenance.ics` (with release stages) and `/maintenance-only.ics`. */
export function siteCalendarPaths(index: SiteIndex) {
  const all = { kind: 'all' } as const;
  const paths = [
    { params: { calendar: 'maintenance' }, props: { releaseStages: true } },
    { params: { calendar: 'maintenance-only' }, props: { releaseStages: false } },
  ];
  return writtenFromData(
    paths,
    (p) => (p.props.releaseStages ? calendarPath(all) : maintenanceOnlyCalendarPath(all)),
    (p) => calendarEvents(index, all, { releaseStages: p.props.releaseStages }),
  );
}
