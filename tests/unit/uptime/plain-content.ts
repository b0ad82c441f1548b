/** Plain content for the uptime tests: two regions, three components, entries built by hand. */
import type { Content, Incident, Maintenance, Release } from '../../../src/lib/content/types.ts';

type Impact = Incident['data']['impact'];

export function incident(id: string, regions: string[], components: string[], impact: Impact, started: string, resolved?: string): Incident {
  return {
    collection: 'incidents',
    id,
    file: `content/incidents/${id}.md`,
    body: '',
    data: {
      title: `Incident ${id}`,
      severity: impact === 'major_outage' ? 'major' : 'minor',
      impact,
      regions,
      components,
      started,
      ...(resolved ? { resolved } : {}),
      updates: [
        { at: started, status: 'investigating', text: 'Looking.' },
        ...(resolved ? [{ at: resolved, status: 'resolved' as const, text: 'Fixed.' }] : []),
      ],
    },
  };
}

export function maintenance(
  id: string,
  regions: string[],
  components: string[],
  window: { start: string; end: string },
  opts: { announced: string; completed?: string; type?: 'planned' | 'unplanned'; impact?: Maintenance['data']['impact'] },
): Maintenance {
  return {
    collection: 'maintenance',
    id,
    file: `content/maintenance/${id}.md`,
    body: '',
    data: {
      title: `Maintenance ${id}`,
      type: opts.type ?? 'planned',
      security: false,
      regions,
      components,
      impact: opts.impact ?? 'under_maintenance',
      window,
      announced: opts.announced,
      ...(opts.completed ? { completed: opts.completed } : {}),
      cancelled: false,
      updates: [],
    },
  };
}

/** A release that makes both regions and sign-in and api appear on 1 January 2026. */
export const anchor: Release = {
  collection: 'releases',
  id: '2026/anchor',
  file: 'content/releases/2026/anchor.md',
  body: '',
  data: {
    title: 'Anchor',
    type: 'minor',
    version: '1',
    announced: '2025-12-20T00:00:00.000Z',
    components: ['sign-in', 'api'],
    rollout: [{ regions: ['EUR', 'NAM'], at: '2026-01-01T00:00:00.000Z' }],
    database_lag_hours: 24,
  },
};

export function content(entries: { incidents?: Incident[]; maintenance?: Maintenance[]; releases?: Release[] }): Content {
  return {
    site: { title: 'T', url: 'https://status.example.com', sla: 99.9, pir_business_days: 5, maintenance_notice_days: 5, holidays: [] } as Content['site'],
    regions: [
      { code: 'EUR', name: 'Europe', host: 'eu.example.com', window: '18:00-03:00' },
      { code: 'NAM', name: 'North America', host: 'na.example.com', window: '02:00-11:00' },
    ],
    components: [
      { id: 'sign-in', name: 'Sign-in', group: 'Platform' },
      { id: 'api', name: 'Web API', group: 'Platform' },
      { id: 'search', name: 'Search', group: 'Data' },
    ] as Content['components'],
    incidents: entries.incidents ?? [],
    maintenance: entries.maintenance ?? [],
    releases: entries.releases ?? [anchor],
    notices: [],
  };
}
