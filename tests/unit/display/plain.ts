/** Small hand-written content for display tests: four regions, four components, entries made to order. */
import type { Content, Incident, Maintenance, Release } from '../../../src/lib/content/types.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';

export const NOW = '2026-11-21T12:00:00.000Z';

export function incident(id: string, over: Partial<Incident['data']> = {}): Incident {
  const started = over.started ?? '2026-11-21T10:00:00.000Z';
  return {
    collection: 'incidents',
    id,
    file: `content/incidents/${id}.md`,
    body: '',
    data: {
      title: id,
      severity: 'minor',
      impact: 'partial_outage',
      regions: ['EUR'],
      components: ['sign-in'],
      started,
      updates: [{ at: started, status: 'investigating', text: 'Looking.' }],
      ...over,
    },
  };
}

export function maintenance(id: string, over: Partial<Maintenance['data']> = {}): Maintenance {
  return {
    collection: 'maintenance',
    id,
    file: `content/maintenance/${id}.md`,
    body: '',
    data: {
      title: id,
      type: 'planned',
      security: false,
      regions: ['JPN', 'OCE'],
      impact: 'under_maintenance',
      window: { start: '2026-11-21T11:00:00.000Z', end: '2026-11-21T15:00:00.000Z' },
      announced: '2026-11-01T00:00:00.000Z',
      cancelled: false,
      updates: [],
      ...over,
    },
  };
}

export function release(id: string, rollout: { regions: string[]; at: string }[]): Release {
  return {
    collection: 'releases',
    id,
    file: `content/releases/${id}.md`,
    body: '',
    data: { title: id, type: 'minor', version: '9.2.1.1', announced: '2026-11-01T00:00:00.000Z', components: ['api'], rollout, database_lag_hours: 24 },
  };
}

export function plainContent(extra: Partial<Content> = {}): Content {
  return {
    site: { title: 'Status', url: 'https://s.example', sla: 99.9, pir_business_days: 5, maintenance_notice_days: 5, holidays: [] },
    regions: [
      { code: 'EUR', name: 'Europe', host: 'e', window: '18:00-03:00' },
      { code: 'GBR', name: 'United Kingdom', host: 'g', window: '18:00-03:00' },
      { code: 'JPN', name: 'Japan', host: 'j', window: '10:00-19:00' },
      { code: 'OCE', name: 'Oceania', host: 'o', window: '11:00-21:00' },
    ],
    components: [
      { id: 'sign-in', name: 'Sign-in', group: 'Platform' },
      { id: 'api', name: 'Web API', group: 'Platform' },
      { id: 'database', name: 'Database', group: 'Data' },
      { id: 'storage', name: 'File storage', group: 'Data' },
    ],
    incidents: [],
    maintenance: [],
    releases: [],
    notices: [],
    ...extra,
  };
}

export function plainIndex(extra: Partial<Content> = {}, now = NOW) {
  return buildIndex(plainContent(extra), now);
}
