/**
 * Statuspage v2-compatible JSON (/api/v2/*.json), so tools that poll
 * Statuspage pages read this site unchanged. Regions appear as component
 * groups: one group per region, holding one component per site component.
 *
 * Every function also takes an optional region code: then it describes that
 * region as if it were its own Statuspage page (/regions/<code>/api/v2/*.json):
 * its components without group nesting, its incidents and maintenance, global
 * ones included. Component ids are the same in both (`eur.sign-in`).
 */
import type { Incident, Maintenance } from '../content/types.ts';
import { entryPath } from '../index/entry-time.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { entryKey } from '../index/site-index.ts';
import { absoluteUrl } from '../web/absolute-url.ts';
import { affectedRegions } from '../status/board.ts';
import type { ComponentStatus } from '../status/impact.ts';
import { statusRank } from '../status/impact.ts';
import { incidentStatus, pirState } from '../status/incident.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import { latestPosted, postedUpdates as posted } from '../status/updates.ts';
import type {
  Indicator,
  IncidentImpact,
  IncidentStatusValue,
  MaintenanceStatusValue,
  SpComponent,
  SpIncident,
  SpIncidentUpdate,
  SpPage,
  SpScheduledMaintenance,
  SpStatus,
} from './statuspage-types.ts';

/** Lists that grow with history (incidents.json, scheduled-maintenances.json) stop here. */
export const API_LIST_LIMIT = 50;

/** degraded → minor, partial outage → major, major outage → critical. */
export function impactIndicator(impact: ComponentStatus): IncidentImpact {
  switch (impact) {
    case 'major_outage':
      return 'critical';
    case 'partial_outage':
      return 'major';
    case 'degraded_performance':
      return 'minor';
    default:
      return 'none';
  }
}

export const INDICATOR_DESCRIPTION: Record<Indicator, string> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major Service Outage',
};

/** The worst impact among open incidents; maintenance alone leaves it at `none`. */
export function pageStatus(index: Pick<SiteIndex, 'openIncidents' | 'activeMaintenance'>): SpStatus {
  let worst: ComponentStatus = 'operational';
  for (const i of index.openIncidents) if (statusRank(i.data.impact) > statusRank(worst)) worst = i.data.impact;
  const indicator = impactIndicator(worst);
  const description =
    indicator === 'none' && index.activeMaintenance.length > 0 ? 'Service Under Maintenance' : INDICATOR_DESCRIPTION[indicator];
  return { indicator, description };
}

/** What one set of files describes: the whole site (`region` undefined) or one region. */
interface Scope {
  region: string | undefined;
  incidents: Incident[];
  maintenance: Maintenance[];
  openIncidents: Incident[];
  activeMaintenance: Maintenance[];
}

const scopes = new WeakMap<SiteIndex, Map<string, Scope>>();

/** Each region's scope, for every region in one pass over the entries: every region has seven files that ask. */
function scopeOf(index: SiteIndex, region: string | undefined): Scope {
  if (region === undefined) return { region, incidents: index.incidents, maintenance: index.maintenance, openIncidents: index.openIncidents, activeMaintenance: index.activeMaintenance };
  let byRegion = scopes.get(index);
  if (!byRegion) {
    byRegion = regionScopes(index, index.regions.map((r) => r.code));
    scopes.set(index, byRegion);
  }
  // A code that is not one of the index's regions gets its scope on its own.
  return byRegion.get(region) ?? regionScopes(index, [region]).get(region)!;
}

/** The scopes of `codes`, each list in the index's order: an entry goes into the scope of each region it affects. */
function regionScopes(index: SiteIndex, codes: readonly string[]): Map<string, Scope> {
  const byRegion = new Map<string, Scope>(codes.map((code) => [code, { region: code, incidents: [], maintenance: [], openIncidents: [], activeMaintenance: [] }]));
  const spread = <E extends Incident | Maintenance>(list: readonly E[], into: (scope: Scope, entry: E) => void) => {
    for (const entry of list) for (const code of affectedRegions(entry.data.regions, codes)) into(byRegion.get(code)!, entry);
  };
  spread(index.incidents, (scope, e) => scope.incidents.push(e));
  spread(index.maintenance, (scope, e) => scope.maintenance.push(e));
  spread(index.openIncidents, (scope, e) => scope.openIncidents.push(e));
  spread(index.activeMaintenance, (scope, e) => scope.activeMaintenance.push(e));
  return byRegion;
}

/**
 * A region's page URL has no trailing slash, like the site's, so a client that
 * appends `/api/v2/summary.json` to it gets the file.
 */
export function spPage(index: SiteIndex, region?: string): SpPage {
  const host = new URL(index.site.url).host;
  if (region === undefined) {
    return { id: host, name: index.site.title, url: index.site.url, time_zone: 'Etc/UTC', updated_at: index.lastChanged };
  }
  const name = index.regionByCode.get(region)?.name ?? region;
  return {
    id: `${host}/regions/${region.toLowerCase()}`,
    name: `${index.site.title}: ${name} (${region})`,
    url: absoluteUrl(index.site, `/regions/${region.toLowerCase()}`),
    time_zone: 'Etc/UTC',
    updated_at: index.lastChanged,
  };
}

/** The oldest time in the content: components "exist" from then on. */
function contentEpoch(index: SiteIndex): string {
  return index.history.at(-1)?.items.at(-1)?.at ?? index.lastChanged;
}

export const groupId = (code: string) => code.toLowerCase();
export const componentId = (code: string, component: string) => `${code.toLowerCase()}.${component}`;

/**
 * Every region as a group followed by its components, in the order of
 * regions.yaml and components.yaml; for one region, its components alone.
 */
export function spComponents(index: SiteIndex, region?: string): SpComponent[] {
  const page = spPage(index, region);
  const created = contentEpoch(index);
  if (region !== undefined) return index.components.map((c, i) => memberComponent(index, region, c.id, i + 1, page, created, false));
  const out: SpComponent[] = [];
  index.regions.forEach((region, r) => {
    const gid = groupId(region.code);
    out.push({
      id: gid,
      name: `${region.name} (${region.code})`,
      status: index.board.byRegion.get(region.code) ?? 'operational',
      created_at: created,
      updated_at: page.updated_at,
      position: r + 1,
      description: `Region ${region.code} (${region.host}); daily maintenance window ${region.window} UTC.`,
      showcase: false,
      start_date: null,
      group_id: null,
      page_id: page.id,
      group: true,
      only_show_if_degraded: false,
      components: index.components.map((c) => componentId(region.code, c.id)),
    });
    index.components.forEach((c, i) => out.push(memberComponent(index, region.code, c.id, i + 1, page, created)));
  });
  return out;
}

/** One component in one region; `nested` in its region's group (site-wide), or on its own (a region's page). */
function memberComponent(index: SiteIndex, code: string, id: string, position: number, page: SpPage, created: string, nested = true): SpComponent {
  const component = index.componentById.get(id);
  const region = index.regionByCode.get(code);
  return {
    id: componentId(code, id),
    name: nested ? `${component?.name ?? id} (${code})` : (component?.name ?? id),
    status: index.board.cells.get(code)?.get(id)?.status ?? 'operational',
    created_at: created,
    updated_at: page.updated_at,
    position,
    description: component?.description ?? null,
    showcase: false,
    start_date: null,
    group_id: region && nested ? groupId(code) : null,
    page_id: page.id,
    group: false,
    only_show_if_degraded: false,
  };
}

function affectedComponents(index: SiteIndex, regions: readonly string[], ids: readonly string[] | undefined, region: string | undefined): SpComponent[] {
  const page = spPage(index, region);
  const created = contentEpoch(index);
  const codes = region !== undefined ? [region] : regions.includes('global') ? index.regions.map((r) => r.code) : regions;
  const componentIds = ids ?? index.components.map((c) => c.id);
  return codes.flatMap((code) =>
    componentIds.map((id) => memberComponent(index, code, id, index.components.findIndex((c) => c.id === id) + 1, page, created, region === undefined)),
  );
}


function update(id: string, incidentId: string, at: string, status: SpIncidentUpdate['status'], body: string): SpIncidentUpdate {
  return {
    id,
    status,
    body,
    incident_id: incidentId,
    created_at: at,
    updated_at: at,
    display_at: at,
    affected_components: null,
    deliver_notifications: true,
    custom_tweet: null,
    tweet_id: null,
  };
}

const latestOf = (times: (string | null | undefined)[]) =>
  times.filter((t): t is string => typeof t === 'string').sort().at(-1)!;

export function spIncidentStatus(i: Incident, index: Pick<SiteIndex, 'now' | 'site'>): IncidentStatusValue {
  const status = incidentStatus(i.data, index.now);
  if (status.phase === 'resolved') return pirState(i.data, index.site, index.now).kind === 'published' ? 'postmortem' : 'resolved';
  const latest = status.latest?.status;
  return latest === undefined || latest === 'resolved' ? 'investigating' : latest;
}

export function spIncident(i: Incident, index: SiteIndex, region?: string): SpIncident {
  const d = i.data;
  const id = entryKey(i);
  const url = absoluteUrl(index.site, entryPath(i));
  const shown = posted(d.updates, index.now);
  const status = spIncidentStatus(i, index);
  const resolvedAt = incidentStatus(d, index.now).phase === 'resolved' ? d.resolved! : null;
  const updates = shown.map((u, n) => update(`${id}#${n + 1}`, id, u.at, u.status, u.text));
  if (status === 'postmortem') {
    updates.push(update(`${id}#pir`, id, d.pir_published!, 'postmortem', `The post-incident report is published: ${url}`));
  }
  const createdAt = shown[0]?.at ?? d.started;
  return {
    id,
    name: d.title,
    status,
    created_at: createdAt,
    updated_at: latestOf([createdAt, ...updates.map((u) => u.created_at), resolvedAt]),
    monitoring_at: shown.find((u) => u.status === 'monitoring')?.at ?? null,
    resolved_at: resolvedAt,
    impact: impactIndicator(d.impact),
    shortlink: url,
    started_at: d.started,
    page_id: spPage(index, region).id,
    incident_updates: updates.reverse(),
    components: affectedComponents(index, d.regions, d.components, region),
  };
}

/** Overran work is still `in_progress`; the latest update may say `verifying`. Cancelled work reads `completed`. */
export function spMaintenanceStatus(m: Maintenance, now: string): MaintenanceStatusValue {
  const { state } = maintenanceStatus(m.data, now);
  switch (state) {
    case 'scheduled':
      return 'scheduled';
    case 'in_progress':
    case 'overran':
      return latestPosted(m.data.updates, now)?.status === 'verifying' ? 'verifying' : 'in_progress';
    case 'completed':
    case 'cancelled':
      return 'completed';
  }
}

export function spMaintenance(m: Maintenance, index: SiteIndex, region?: string): SpScheduledMaintenance {
  const d = m.data;
  const id = entryKey(m);
  const shown = posted(d.updates, index.now);
  const resolvedAt = maintenanceStatus(d, index.now).state === 'completed' ? d.completed! : null;
  const updates = shown.map((u, n) => update(`${id}#${n + 1}`, id, u.at, u.status, u.text));
  return {
    id,
    name: d.cancelled ? `Cancelled: ${d.title}` : d.title,
    status: spMaintenanceStatus(m, index.now),
    created_at: d.announced,
    updated_at: latestOf([d.announced, ...updates.map((u) => u.created_at), resolvedAt]),
    monitoring_at: null,
    resolved_at: resolvedAt,
    impact: 'maintenance',
    shortlink: absoluteUrl(index.site, entryPath(m)),
    started_at: d.window.start,
    page_id: spPage(index, region).id,
    incident_updates: updates.reverse(),
    components: affectedComponents(index, d.regions, d.components, region),
    scheduled_for: d.window.start,
    scheduled_until: d.window.end,
  };
}

// ─── the endpoints ───────────────────────────────────────────────────────────

/** The first `n` items that pass, without looking further. */
export function firstN<T>(items: readonly T[], n: number, keep: (item: T) => boolean): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= n) break;
    if (keep(item)) out.push(item);
  }
  return out;
}

export function upcomingMaintenance(index: Pick<SiteIndex, 'now' | 'maintenance'>): Maintenance[] {
  const t = Date.parse(index.now);
  const out: Maintenance[] = [];
  // Newest first by window start: the future ones come first.
  for (const m of index.maintenance) {
    if (Date.parse(m.data.window.start) <= t) break;
    if (maintenanceStatus(m.data, index.now).state === 'scheduled') out.push(m);
  }
  return out.reverse().slice(0, API_LIST_LIMIT);
}

export function statusJson(index: SiteIndex, region?: string) {
  return { page: spPage(index, region), status: pageStatus(scopeOf(index, region)) };
}

export function componentsJson(index: SiteIndex, region?: string) {
  return { page: spPage(index, region), components: spComponents(index, region) };
}

export function incidentsJson(index: SiteIndex, region?: string) {
  const started = firstN(scopeOf(index, region).incidents, API_LIST_LIMIT, (i) => incidentStatus(i.data, index.now).phase !== 'upcoming');
  return { page: spPage(index, region), incidents: started.map((i) => spIncident(i, index, region)) };
}

export function unresolvedIncidentsJson(index: SiteIndex, region?: string) {
  return { page: spPage(index, region), incidents: scopeOf(index, region).openIncidents.map((i) => spIncident(i, index, region)) };
}

export function scheduledMaintenancesJson(index: SiteIndex, region?: string) {
  const { maintenance } = scopeOf(index, region);
  return { page: spPage(index, region), scheduled_maintenances: maintenance.slice(0, API_LIST_LIMIT).map((m) => spMaintenance(m, index, region)) };
}

export function upcomingMaintenancesJson(index: SiteIndex, region?: string) {
  const { maintenance } = scopeOf(index, region);
  return { page: spPage(index, region), scheduled_maintenances: upcomingMaintenance({ now: index.now, maintenance }).map((m) => spMaintenance(m, index, region)) };
}

export function activeMaintenancesJson(index: SiteIndex, region?: string) {
  return { page: spPage(index, region), scheduled_maintenances: scopeOf(index, region).activeMaintenance.map((m) => spMaintenance(m, index, region)) };
}

export function summaryJson(index: SiteIndex, region?: string) {
  const scope = scopeOf(index, region);
  return {
    page: spPage(index, region),
    components: spComponents(index, region),
    incidents: scope.openIncidents.map((i) => spIncident(i, index, region)),
    scheduled_maintenances: [...scope.activeMaintenance, ...upcomingMaintenance({ now: index.now, maintenance: scope.maintenance })].map((m) => spMaintenance(m, index, region)),
    status: pageStatus(scope),
  };
}
