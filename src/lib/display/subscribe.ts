/**
 * What the /subscribe/ page lists: every feed by scope with what it brings,
 * every calendar with its subscription links, the badges and the JSON
 * endpoints. Plain data; the page only lays it out.
 */
import { COLLECTIONS } from '../content/types.ts';
import type { Collection } from '../content/types.ts';
import { absoluteUrl } from '../web/absolute-url.ts';
import type { FeedLinks, FeedScope } from '../feeds/scopes.ts';
import { badgePath, calendarPath, feedLinks, maintenanceOnlyCalendarPath, webcalUrl } from '../feeds/scopes.ts';
import type { SiteIndex } from '../index/site-index.ts';

export interface FeedRow {
  links: FeedLinks;
  /** "What you will get", one line. */
  gets: string;
}

export interface CalendarRow {
  title: string;
  gets: string;
  /** Site path of the .ics file (a one-off download). */
  path: string;
  /** `webcal://…`: the calendar app subscribes and keeps it up to date. */
  webcal: string;
  google: string;
  outlook: string;
}

export interface BadgeRow {
  title: string;
  path: string;
  markdown: string;
  html: string;
}

export interface RegionSubscriptions {
  code: string;
  name: string;
  /** Fragment id of the region's section on the page. */
  anchor: string;
  feeds: FeedRow[];
  calendars: CalendarRow[];
  badge: BadgeRow;
}

export interface SubscribeView {
  everything: FeedRow;
  kinds: FeedRow[];
  components: FeedRow[];
  calendars: CalendarRow[];
  regions: RegionSubscriptions[];
  badge: BadgeRow;
  json: { path: string; gets: string }[];
}

const KIND_GETS: Record<Collection, string> = {
  incidents: 'An item when an incident opens, at every update, when service is restored and when its post-incident report is published.',
  maintenance: 'An item when maintenance is announced, at every update, when its window starts, if it runs past its window, and when it is completed or cancelled.',
  releases: 'An item when a release is announced and at each notice date of a major release (90, 30, 15, 7 and 0 days before); stages reached are in the region feeds.',
  notices: 'An item when a general-awareness or launch-readiness notice is published.',
};

/** Calendar subscription links: webcal for any app, Google's and Outlook's own "add by URL" pages. */
export function calendarLinks(index: Pick<SiteIndex, 'site'>, path: string, name: string): Pick<CalendarRow, 'path' | 'webcal' | 'google' | 'outlook'> {
  const https = absoluteUrl(index.site, path);
  const webcal = webcalUrl(https);
  return {
    path,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent(name)}`,
  };
}

function badgeRow(index: Pick<SiteIndex, 'site'>, title: string, path: string): BadgeRow {
  const image = absoluteUrl(index.site, path);
  const page = absoluteUrl(index.site, path.replace(/badge\.svg$/, ''));
  const alt = `${title} status`;
  return {
    title,
    path,
    markdown: `[![${alt}](${image})](${page})`,
    html: `<a href="${page}"><img src="${image}" alt="${alt}"></a>`,
  };
}

export function subscribeView(index: SiteIndex): SubscribeView {
  const row = (scope: FeedScope, gets: string, names: { region?: string; component?: string } = {}): FeedRow => ({ links: feedLinks(scope, names), gets });
  const calendar = (scope: Extract<FeedScope, { kind: 'all' } | { kind: 'region' }>, where: string): CalendarRow[] => [
    {
      title: `Maintenance only${where}`,
      gets: 'Every maintenance window, updated in place when it moves, overruns or is cancelled.',
      ...calendarLinks(index, maintenanceOnlyCalendarPath(scope), `${index.site.title}: maintenance${where}`),
    },
    {
      title: `Maintenance and release stages${where}`,
      gets: 'The maintenance windows plus every release stage reaching a region: many more events.',
      ...calendarLinks(index, calendarPath(scope), `${index.site.title}: maintenance and releases${where}`),
    },
  ];
  return {
    everything: row({ kind: 'all' }, 'Every incident, maintenance, release and notice change in every region (release stages are in the region feeds).'),
    kinds: COLLECTIONS.map((collection) => row({ kind: 'collection', collection }, KIND_GETS[collection])),
    components: index.components.map((c) =>
      row({ kind: 'component', id: c.id }, `Incidents, maintenance and releases that touch ${c.name}.`, { component: c.name }),
    ),
    calendars: calendar({ kind: 'all' }, ''),
    regions: index.regions.map((r) => ({
      code: r.code,
      name: r.name,
      anchor: `region-${r.code.toLowerCase()}`,
      feeds: [
        row({ kind: 'region-incidents', code: r.code }, `Outages only: every incident change in ${r.name}, global ones included.`, { region: r.name }),
        row({ kind: 'region', code: r.code }, `Everything in ${r.name}: incidents, maintenance, notices, and each release stage reaching it.`, { region: r.name }),
      ],
      calendars: calendar({ kind: 'region', code: r.code }, ` in ${r.name}`),
      badge: badgeRow(index, `${r.name} (${r.code})`, badgePath({ kind: 'region', code: r.code })),
    })),
    badge: badgeRow(index, index.site.title, badgePath({ kind: 'all' })),
    json: [
      { path: '/api/heliograph.json', gets: 'Heliograph’s own summary: status board, open incidents, maintenance, notices, PIRs, feed URLs.' },
      { path: '/api/v2/summary.json', gets: 'Statuspage-compatible summary: status, components, unresolved incidents, maintenance.' },
      { path: '/api/v2/status.json', gets: 'Statuspage-compatible overall status indicator.' },
      { path: '/api/v2/components.json', gets: 'Every component with its status.' },
      { path: '/api/v2/incidents.json', gets: 'Recent incidents with their updates.' },
      { path: '/api/v2/incidents/unresolved.json', gets: 'Incidents not yet resolved.' },
      { path: '/api/v2/scheduled-maintenances.json', gets: 'Recent and planned maintenance.' },
      { path: '/api/v2/scheduled-maintenances/active.json', gets: 'Maintenance in progress.' },
      { path: '/api/v2/scheduled-maintenances/upcoming.json', gets: 'Maintenance still to come.' },
    ],
  };
}
