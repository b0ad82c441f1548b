/** One line of a timeline (region, history, component) as words and a link. */
import type { Entry } from '../content/types.ts';
import { entryPath } from '../index/entry-time.ts';
import { incidentStatus } from '../status/incident.ts';
import { STATUS_LABEL } from '../status/impact.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import { incidentStateLabel, maintenanceStateLabel } from '../status/wording.ts';
import type { TimelineItem } from '../status/timeline.ts';
import type { Banner } from './banner.ts';
import { entryBanner, ICON } from './banner.ts';
import { NOTICE_TYPE_LABEL, RELEASE_TYPE_LABEL } from './labels.ts';

export interface ItemView {
  at: string;
  href: string;
  title: string;
  banner: Banner;
  /** A short line under the title: state, impact, stage. */
  detail: string;
}

/** An entry on its own (history, component pages): when it happened and what state it is in. */
export function entryItem(entry: Entry, at: string, now: string): ItemView {
  return { at, href: entryPath(entry), title: entry.data.title, banner: entryBanner(entry, now), detail: entryDetail(entry, now) };
}

export function timelineItem(item: TimelineItem, now: string): ItemView {
  switch (item.kind) {
    case 'release':
      return {
        ...entryItem(item.entry, item.at, now),
        title: `${item.entry.data.title} reaches ${item.arrival.region}`,
        detail: `Version ${item.entry.data.version}, rollout stage ${item.arrival.stage + 1} of ${item.entry.data.rollout.length}`,
      };
    case 'database-update':
      return {
        ...entryItem(item.entry, item.at, now),
        title: `Database update for ${item.entry.data.title}`,
        banner: { tone: 'neutral', icon: ICON.tools, word: 'Database update' },
        detail: `${item.entry.data.database_lag_hours} hours after the service update in ${item.arrival.region}`,
      };
    default:
      return entryItem(item.entry, item.at, now);
  }
}

function entryDetail(entry: Entry, now: string): string {
  switch (entry.collection) {
    case 'incidents': {
      return `${STATUS_LABEL[entry.data.impact]} · ${incidentStateLabel(incidentStatus(entry.data, now))}`;
    }
    case 'maintenance': {
      return `${maintenanceStateLabel(maintenanceStatus(entry.data, now), entry.data.window)} · ${entry.data.regions.join(', ')}`;
    }
    case 'releases':
      return `${RELEASE_TYPE_LABEL[entry.data.type]} · version ${entry.data.version}`;
    case 'notices':
      return NOTICE_TYPE_LABEL[entry.data.type];
  }
}
