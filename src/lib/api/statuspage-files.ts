/**
 * The Statuspage v2 files, one list for both roots: the site's `/api/v2/` and
 * each region's `/regions/<code>/api/v2/`. The endpoints are generated from it.
 */
import type { SiteIndex } from '../index/site-index.ts';
import {
  activeMaintenancesJson,
  componentsJson,
  incidentsJson,
  scheduledMaintenancesJson,
  statusJson,
  summaryJson,
  unresolvedIncidentsJson,
  upcomingMaintenancesJson,
} from './statuspage.ts';

export interface StatuspageFile {
  /** Path under `api/v2/`. */
  file: string;
  /** The file's JSON, for the whole site (`region` undefined) or one region. */
  json: (index: SiteIndex, region?: string) => unknown;
}

export const STATUSPAGE_FILES: readonly StatuspageFile[] = [
  { file: 'summary.json', json: summaryJson },
  { file: 'status.json', json: statusJson },
  { file: 'components.json', json: componentsJson },
  { file: 'incidents.json', json: incidentsJson },
  { file: 'incidents/unresolved.json', json: unresolvedIncidentsJson },
  { file: 'scheduled-maintenances.json', json: scheduledMaintenancesJson },
  { file: 'scheduled-maintenances/upcoming.json', json: upcomingMaintenancesJson },
  { file: 'scheduled-maintenances/active.json', json: activeMaintenancesJson },
];

/** `/api/v2/summary.json`, or `/regions/eur/api/v2/summary.json` for a region. */
export function statuspagePath(file: string, region?: string): string {
  return `${region === undefined ? '' : `/regions/${region.toLowerCase()}`}/api/v2/${file}`;
}

/** Every file's response: JSON, and the type said explicitly so dev and preview servers agree with static hosts. */
export function statuspageResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
