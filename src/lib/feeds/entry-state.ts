/**
 * What a subscriber reads first in a feed item: the entry's current state and
 * its latest update. The state depends on `now` ("In progress"); nothing else
 * in an item does.
 */
import type { Entry } from '../content/types.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { STATUS_LABEL } from '../status/impact.ts';
import { incidentStatus, pirState } from '../status/incident.ts';
import { MAINTENANCE_STATE_LABEL, maintenanceStatus } from '../status/maintenance.ts';

export interface EntryState {
  /** One line: "Ongoing: identified", "Scheduled", "Rolling out: stage 2 of 4". */
  state: string;
  /** Facts after the state: impact, window, regions, components. */
  facts: string[];
  latest?: { at: string; status: string; text: string } | undefined;
}

/** `2026-11-24 03:00 UTC` — stable, locale-free. */
export function formatFeedTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

const words = (status: string) => status.replace(/_/g, ' ');
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
      const state =
        status.phase === 'open'
          ? `Ongoing: ${words(status.latest?.status ?? 'investigating')}`
          : status.phase === 'resolved'
            ? `Resolved${pir.kind === 'published' ? ', post-incident report published' : pir.kind === 'due' || pir.kind === 'overdue' ? `, post-incident report ${pir.kind}` : ''}`
            : 'Not started yet';
      return {
        state,
        facts: [
          `Impact: ${STATUS_LABEL[d.impact]} (${d.severity} incident)`,
          `Started: ${formatFeedTime(d.started)}`,
          ...(d.resolved ? [`Resolved: ${formatFeedTime(d.resolved)}`] : []),
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
      // While overrunning, name the fixed end rather than a minute count that would change the item in every build.
      const over =
        status.state === 'overran'
          ? ` (the window ended ${formatFeedTime(d.window.end)})`
          : status.state === 'completed' && status.overrunMinutes > 0
            ? `, ${status.overrunMinutes} min past its window`
            : '';
      const latest = d.updates.filter((u) => Date.parse(u.at) <= Date.parse(now)).at(-1);
      return {
        state: `${MAINTENANCE_STATE_LABEL[status.state]}${over}`,
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
      const reached = d.rollout.filter((s) => Date.parse(s.at) <= Date.parse(now)).length;
      const state =
        reached === 0
          ? `Scheduled: first stage ${formatFeedTime(d.rollout[0]!.at)}`
          : reached < d.rollout.length
            ? `Rolling out: stage ${reached} of ${d.rollout.length} reached`
            : 'Rolled out to every stage';
      return {
        state,
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
      const t = Date.parse(now);
      const state =
        t < Date.parse(d.published)
          ? `Scheduled for ${formatFeedTime(d.published)}`
          : d.expires !== undefined && t >= Date.parse(d.expires)
            ? 'Expired'
            : 'Active';
      return {
        state,
        facts: [
          d.type === 'readiness' ? 'Launch readiness' : 'General awareness',
          `Regions: ${regions(d.regions)}`,
          ...(d.expires ? [`Until: ${formatFeedTime(d.expires)}`] : []),
        ],
      };
    }
  }
}
