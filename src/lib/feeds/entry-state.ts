/**
 * The key facts a feed item (and a notification) gives after what changed:
 * impact, times, window, regions, components. They are taken as of the
 * change's own time, so appending to an entry later (its resolution) never
 * rewrites an earlier item. State words are not here: they come from
 * src/lib/status through publishedChanges.
 */
import type { Entry } from '../content/types.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { STATUS_LABEL } from '../status/impact.ts';
import { formatUtc } from '../status/wording.ts';

/** `2026-11-24 03:00 UTC` — stable, locale-free (the one shared formatter). */
export const formatFeedTime = formatUtc;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function entryFacts(entry: Entry, index: Pick<SiteIndex, 'componentById'>, at: string): string[] {
  const componentNames = (ids: readonly string[] | undefined) =>
    ids === undefined ? 'all' : ids.map((id) => index.componentById.get(id)?.name ?? id).join(', ');
  const regions = (codes: readonly string[]) => (codes.includes('global') ? 'all regions' : codes.join(', '));

  switch (entry.collection) {
    case 'incidents': {
      const d = entry.data;
      const resolved = d.resolved !== undefined && d.resolved <= at ? d.resolved : undefined;
      return [
        `Impact: ${STATUS_LABEL[d.impact]} (${d.severity} incident)`,
        `Started: ${formatFeedTime(d.started)}`,
        ...(resolved ? [`Resolved: ${formatFeedTime(resolved)}`] : []),
        `Regions: ${regions(d.regions)}`,
        `Components: ${componentNames(d.components)}`,
        ...(d.workaround ? [`Workaround: ${d.workaround}`] : []),
        ...(d.tracking_id ? [`Tracking ID: ${d.tracking_id}`] : []),
      ];
    }
    case 'maintenance': {
      const d = entry.data;
      return [
        `Window: ${formatFeedTime(d.window.start)} to ${formatFeedTime(d.window.end)}`,
        `${d.type === 'planned' ? 'Planned' : 'Unplanned'}${d.security ? ' security update' : ' maintenance'}, impact: ${STATUS_LABEL[d.impact]}`,
        ...(d.expected_impact ? [`Expected impact: ${d.expected_impact}`] : []),
        `Regions: ${regions(d.regions)}`,
        `Components: ${componentNames(d.components)}`,
      ];
    }
    case 'releases': {
      const d = entry.data;
      return [
        `${capitalise(d.type)} release, version ${d.version}`,
        ...d.rollout.map((s, i) => `Stage ${i + 1}: ${regions(s.regions)} from ${formatFeedTime(s.at)}`),
        `Database updates follow each stage by ${d.database_lag_hours} h`,
        `Components: ${componentNames(d.components)}`,
      ];
    }
    case 'notices': {
      const d = entry.data;
      return [
        d.type === 'readiness' ? 'Launch readiness' : 'General awareness',
        `Regions: ${regions(d.regions)}`,
        ...(d.expires ? [`Until: ${formatFeedTime(d.expires)}`] : []),
      ];
    }
  }
}
