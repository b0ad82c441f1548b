/**
 * What a subscriber reads first in a feed item: the entry's current state and
 * its latest update. The state depends on `now` ("In progress"); nothing else
 * in an item does.
 */
import type { Entry } from '../content/types.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { STATUS_LABEL } from '../status/impact.ts';
import { incidentStatus, pirState } from '../status/incident.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import { noticeState } from '../status/notice.ts';
import { releaseProgress } from '../status/release.ts';
import { postedUpdates } from '../status/updates.ts';
import {
  formatUtc,
  incidentStateLabel,
  maintenanceStateLabel,
  noticeStateLabel,
  pirStateLabel,
  releaseProgressLabel,
} from '../status/wording.ts';

export interface EntryState {
  /** One line, worded by status/wording.ts: "Identified", "Scheduled", "Rolling out: stage 2 of 4 reached". */
  state: string;
  /** Facts after the state: impact, window, regions, components. */
  facts: string[];
  latest?: { at: string; status: string; text: string } | undefined;
}

/** `2026-11-24 03:00 UTC` — stable, locale-free (the one shared formatter). */
export const formatFeedTime = formatUtc;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function entryState(entry: Entry, index: Pick<SiteIndex, 'now' | 'site' | 'componentById'>): EntryState {
  const { now } = index;
  const componentNames = (ids: readonly string[] | undefined) =>
    ids === undefined ? 'all' : ids.map((id) => index.componentById.get(id)?.name ?? id).join(', ');
  const regions = (codes: readonly string[]) => (codes.includes('global') ? 'all regions' : codes.join(', '));

  switch (entry.collection) {
    case 'incidents': {
      const d = entry.data;
      const status = incidentStatus(d, now);
      const pir = pirState(d, index.site, now);
      // After resolution the PIR is part of the state subscribers follow.
      const pirLabel = status.phase === 'resolved' ? pirStateLabel(pir) : undefined;
      const state = [incidentStateLabel(status), pirLabel].filter(Boolean).join('. ');
      return {
        state,
        facts: [
          `Impact: ${STATUS_LABEL[d.impact]} (${d.severity} incident)`,
          `Started: ${formatFeedTime(d.started)}`,
          ...(status.phase === 'resolved' ? [`Resolved: ${formatFeedTime(d.resolved!)}`] : []),
          `Regions: ${regions(d.regions)}`,
          `Components: ${componentNames(d.components)}`,
          ...(d.workaround ? [`Workaround: ${d.workaround}`] : []),
          ...(d.tracking_id ? [`Tracking ID: ${d.tracking_id}`] : []),
        ],
        latest: status.latest,
      };
    }
    case 'maintenance': {
      const d = entry.data;
      const status = maintenanceStatus(d, now);
      const latest = postedUpdates(d.updates, now).at(-1);
      return {
        state: maintenanceStateLabel(status, d.window),
        facts: [
          `Window: ${formatFeedTime(d.window.start)} to ${formatFeedTime(d.window.end)}`,
          `${d.type === 'planned' ? 'Planned' : 'Unplanned'}${d.security ? ' security update' : ' maintenance'}, impact: ${STATUS_LABEL[d.impact]}`,
          ...(d.expected_impact ? [`Expected impact: ${d.expected_impact}`] : []),
          `Regions: ${regions(d.regions)}`,
          `Components: ${componentNames(d.components)}`,
        ],
        latest,
      };
    }
    case 'releases': {
      const d = entry.data;
      return {
        state: releaseProgressLabel(releaseProgress(d, now), d.rollout[0]!.at),
        facts: [
          `${capitalise(d.type)} release, version ${d.version}`,
          ...d.rollout.map((s, i) => `Stage ${i + 1}: ${regions(s.regions)} from ${formatFeedTime(s.at)}`),
          `Database updates follow each stage by ${d.database_lag_hours} h`,
          `Components: ${componentNames(d.components)}`,
        ],
      };
    }
    case 'notices': {
      const d = entry.data;
      return {
        state: noticeStateLabel(noticeState(d, now), d.published),
        facts: [
          d.type === 'readiness' ? 'Launch readiness' : 'General awareness',
          `Regions: ${regions(d.regions)}`,
          ...(d.expires ? [`Until: ${formatFeedTime(d.expires)}`] : []),
        ],
      };
    }
  }
}
