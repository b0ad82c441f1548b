/** Small plain-data content for the feed, calendar, API and badge unit tests. */
import type { Content, Incident, Maintenance, Notice, Release } from '../../../src/lib/content/types.ts';

export const NOW = '2026-11-21T12:00:00.000Z';
export const LATER = '2026-12-01T00:00:00.000Z';

export const HOSTILE = '<script>alert(1)</script> & ]]> "double" \'single\' 🔥👩‍💻 العربية עברית \u0001\u0008\u000B end';

export const incident = (
  id: string,
  regions: string[],
  started: string,
  options: { resolved?: string; impact?: Incident['data']['impact']; severity?: 'minor' | 'major'; pir?: string; title?: string; updates?: Incident['data']['updates']; body?: string } = {},
): Incident => ({
  collection: 'incidents',
  id,
  file: `content/incidents/${id}.md`,
  body: options.body ?? 'Body.',
  data: {
    title: options.title ?? `Incident ${id}`,
    severity: options.severity ?? 'minor',
    impact: options.impact ?? 'partial_outage',
    regions,
    components: ['sign-in'],
    started,
    ...(options.resolved ? { resolved: options.resolved } : {}),
    ...(options.pir ? { pir_published: options.pir } : {}),
    updates: options.updates ?? [
      { at: started, status: 'investigating', text: 'Looking.' },
      ...(options.resolved ? [{ at: options.resolved, status: 'resolved' as const, text: 'Fixed.' }] : []),
    ],
  },
});

export const maintenance = (
  id: string,
  regions: string[],
  start: string,
  end: string,
  options: Partial<Maintenance['data']> = {},
): Maintenance => ({
  collection: 'maintenance',
  id,
  file: `content/maintenance/${id}.md`,
  body: 'What changes.',
  data: {
    title: `Maintenance ${id}`,
    type: 'planned',
    security: false,
    regions,
    impact: 'under_maintenance',
    window: { start, end },
    announced: '2026-11-01T00:00:00.000Z',
    cancelled: false,
    updates: [],
    ...options,
  },
});

export const release = (id: string, rollout: Release['data']['rollout'], announced = '2026-11-10T00:00:00.000Z'): Release => ({
  collection: 'releases',
  id,
  file: `content/releases/${id}.md`,
  body: 'Release notes.',
  data: { title: `Release ${id}`, type: 'minor', version: id.split('/').at(-1)!, announced, components: ['api'], rollout, database_lag_hours: 24 },
});

export const notice = (id: string, published: string, regions: string[] = ['global']): Notice => ({
  collection: 'notices',
  id,
  file: `content/notices/${id}.md`,
  body: 'Notice.',
  data: { title: `Notice ${id}`, type: 'awareness', published, regions },
});

export const content = (extra: Partial<Content> = {}): Content => ({
  site: { title: 'Status', url: 'https://status.example.com', sla: 99.9, pir_business_days: 5, maintenance_notice_days: 5, holidays: [] },
  regions: [
    { code: 'NAM', name: 'North America', host: 'n.example', window: '02:00-11:00' },
    { code: 'EUR', name: 'Europe', host: 'e.example', window: '18:00-03:00' },
    { code: 'GCC-HIGH', name: 'GCC High', host: 'g.example', window: '02:00-11:00' },
  ],
  components: [
    { id: 'sign-in', name: 'Sign-in', group: 'Platform' },
    { id: 'api', name: 'API', group: 'Platform' },
    { id: 'database', name: 'Database', group: 'Data' },
  ],
  incidents: [
    incident('2026/global-old', ['global'], '2026-10-01T10:00:00.000Z', { resolved: '2026-10-01T11:00:00.000Z' }),
    incident('2026/eur-open', ['EUR'], '2026-11-21T10:00:00.000Z', { impact: 'major_outage' }),
    incident('2026/nam-resolved', ['NAM'], '2026-11-19T10:00:00.000Z', { resolved: '2026-11-19T12:00:00.000Z' }),
  ],
  maintenance: [
    maintenance('2026/nam-db', ['NAM'], '2026-11-21T11:00:00.000Z', '2026-11-21T13:00:00.000Z', { components: ['database'] }),
    maintenance('2026/eur-soon', ['EUR'], '2026-11-30T19:00:00.000Z', '2026-11-30T21:00:00.000Z'),
  ],
  releases: [
    release('2026/9.2.2611.2', [
      { regions: ['EUR'], at: '2026-11-16T19:00:00.000Z' },
      { regions: ['NAM'], at: '2026-11-17T03:00:00.000Z' },
    ]),
  ],
  notices: [notice('2026/tls', '2026-11-15T00:00:00.000Z')],
  ...extra,
});
