/**
 * What a region page shows, in the order a customer needs it during an
 * outage: what is wrong now (open incidents and active maintenance, with the
 * latest update and workaround), then each component's status, then what is
 * coming up, then the past, newest first.
 */
import type { Incident, Maintenance } from '../content/types.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { componentPath, entryPath } from '../index/entry-time.ts';
import { affects } from '../status/board.ts';
import type { ComponentStatus } from '../status/impact.ts';
import { incidentStateLabel } from '../status/wording.ts';
import { STATUS_LABEL } from '../status/impact.ts';
import { incidentStatus } from '../status/incident.ts';
import { MAINTENANCE_STATE_LABEL, maintenanceStatus } from '../status/maintenance.ts';
import { latestPosted } from '../status/updates.ts';
import type { TimelineItem } from '../status/timeline.ts';
import type { Banner } from './banner.ts';
import { entryBanner, statusBanner } from './banner.ts';
import { componentLinks, regionLinks } from './entry-views.ts';
import { firstPast, recentWindow } from './months.ts';
import type { ResolvedItem } from './recently-resolved.ts';
import { recentlyResolved } from './recently-resolved.ts';
import { shortlist, SHORTLIST_LIMITS } from './shortlist.ts';
import type { ItemView } from './timeline-item.ts';
import { timelineItem } from './timeline-item.ts';
import { perIndex } from '../index/per-index.ts';

/** An open incident or active maintenance, as the "now" section shows it. */
export interface NowItem {
  entry: Incident | Maintenance;
  href: string;
  title: string;
  banner: Banner;
  /** "Major outage · Identified", "In progress". */
  state: string;
  /** Since when (incident start, window start) and, for maintenance, until when. */
  since: string;
  until: string | undefined;
  /** "Europe (EUR), United Kingdom (GBR) · Sign-in" */
  where: string;
  latest: { at: string; status: string; text: string } | undefined;
  workaround: string | undefined;
}

export interface ComponentRow {
  id: string;
  name: string;
  href: string;
  group: string;
  status: ComponentStatus;
  label: string;
  banner: Pick<Banner, 'tone' | 'icon'>;
}

export interface RegionView {
  status: ComponentStatus;
  label: string;
  banner: Pick<Banner, 'tone' | 'icon'>;
  now: NowItem[];
  components: ComponentRow[];
  /** The newest few incidents resolved here in the last 72 hours (SHORTLIST_LIMITS), and whether there are more. */
  resolved: ResolvedItem[];
  moreResolved: boolean;
  /** Future timeline items, soonest first. */
  comingUp: ItemView[];
  /** Past timeline items, newest first. */
  past: ItemView[];
  older: string | undefined;
  newer: string | undefined;
}

type Index = Pick<
  SiteIndex,
  'now' | 'board' | 'regions' | 'regionByCode' | 'componentById' | 'components' | 'openIncidents' | 'activeMaintenance' | 'recentlyResolved' | 'timelines'
>;

export function nowItem(entry: Incident | Maintenance, index: Pick<SiteIndex, 'now' | 'regions' | 'regionByCode' | 'componentById'>): NowItem {
  const where = [regionLinks(entry.data.regions, index), componentLinks(entry.data.components, index)]
    .map((links) => links.map((l) => l.label).join(', '))
    .join(' · ');
  const base = { entry, href: entryPath(entry), title: entry.data.title, banner: entryBanner(entry, index.now), where };
  if (entry.collection === 'incidents') {
    const status = incidentStatus(entry.data, index.now);
    return { ...base, state: `${STATUS_LABEL[entry.data.impact]} · ${incidentStateLabel(status)}`, since: entry.data.started, until: undefined, latest: status.latest, workaround: entry.data.workaround };
  }
  const status = maintenanceStatus(entry.data, index.now);
  return {
    ...base,
    state: MAINTENANCE_STATE_LABEL[status.state],
    since: entry.data.window.start,
    until: entry.data.window.end,
    latest: latestPosted(entry.data.updates, index.now),
    workaround: undefined,
  };
}

/** Once per index and region: each clock-dependent part of the region page asks for it at every instant. */
export const regionView = perIndex(function regionViewOf(index: Index, code: string): RegionView {
  const status = index.board.byRegion.get(code) ?? 'operational';
  const cells = index.board.cells.get(code);
  const here = (e: Incident | Maintenance) => affects(e.data.regions, code);
  const recent = recentWindow(index.timelines.get(code) ?? [], index.now);
  const split = firstPast(recent.items, index.now);
  const item = (i: TimelineItem) => timelineItem(i, index.now);
  const resolved = shortlist(recentlyResolved(index, code), SHORTLIST_LIMITS.resolved);
  return {
    status,
    label: STATUS_LABEL[status],
    banner: statusBanner(status),
    now: [...index.openIncidents.filter(here), ...index.activeMaintenance.filter(here)].map((e) => nowItem(e, index)),
    components: index.components.map((c) => {
      const s = cells?.get(c.id)?.status ?? 'operational';
      return { id: c.id, name: c.name, href: componentPath(c.id), group: c.group, status: s, label: STATUS_LABEL[s], banner: statusBanner(s) };
    }),
    resolved: resolved.items,
    moreResolved: resolved.more,
    comingUp: recent.items.slice(0, split).reverse().map(item),
    past: recent.items.slice(split).map(item),
    older: recent.older,
    newer: recent.newer,
  };
});
