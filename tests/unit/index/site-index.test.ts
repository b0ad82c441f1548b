import { describe, expect, it } from 'vitest';
import type { Content, Incident, Maintenance, Notice, Release } from '../../../src/lib/content/types.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { groupByDay } from '../../../src/lib/status/timeline.ts';

const NOW = '2026-11-21T12:00:00.000Z';

const incident = (id: string, regions: string[], started: string, resolved?: string, impact: Incident['data']['impact'] = 'partial_outage'): Incident => ({
  collection: 'incidents',
  id,
  file: `content/incidents/${id}.md`,
  body: '',
  data: {
    title: id,
    severity: 'minor',
    impact,
    regions,
    components: ['sign-in'],
    started,
    ...(resolved ? { resolved } : {}),
    updates: [
      { at: started, status: 'investigating', text: 'Looking.' },
      ...(resolved ? [{ at: resolved, status: 'resolved' as const, text: 'Fixed.' }] : []),
    ],
  },
});

const maintenance = (id: string, regions: string[], start: string, end: string, components?: string[]): Maintenance => ({
  collection: 'maintenance',
  id,
  file: `content/maintenance/${id}.md`,
  body: '',
  data: {
    title: id,
    type: 'planned',
    security: false,
    regions,
    ...(components ? { components } : {}),
    impact: 'under_maintenance',
    window: { start, end },
    announced: '2026-11-01T00:00:00.000Z',
    cancelled: false,
    updates: [],
  },
});

const release: Release = {
  collection: 'releases',
  id: '2026/9.2.2611.2',
  file: 'content/releases/2026/9.2.2611.2.md',
  body: '',
  data: {
    title: 'Weekly',
    type: 'minor',
    version: '9.2.2611.2',
    announced: '2026-11-10T00:00:00.000Z',
    components: ['api'],
    rollout: [
      { regions: ['EUR'], at: '2026-11-16T19:00:00.000Z' },
      { regions: ['NAM'], at: '2026-11-17T03:00:00.000Z' },
    ],
    database_lag_hours: 24,
  },
};

const notice: Notice = {
  collection: 'notices',
  id: '2026/tls',
  file: 'content/notices/2026/tls.md',
  body: '',
  data: { title: 'TLS', type: 'awareness', published: '2026-11-15T00:00:00.000Z', regions: ['global'], expires: '2026-11-20T00:00:00.000Z' },
};

const content = (extra: Partial<Content> = {}): Content => ({
  site: { title: 'S', url: 'https://s.example', sla: 99.9, pir_business_days: 5, maintenance_notice_days: 5, holidays: [] },
  regions: [
    { code: 'NAM', name: 'North America', host: 'n', window: '02:00-11:00' },
    { code: 'EUR', name: 'Europe', host: 'e', window: '18:00-03:00' },
  ],
  components: [
    { id: 'sign-in', name: 'Sign-in', group: 'Platform' },
    { id: 'api', name: 'API', group: 'Platform' },
    { id: 'database', name: 'Database', group: 'Data' },
  ],
  incidents: [
    incident('2026/global-old', ['global'], '2026-10-01T10:00:00.000Z', '2026-10-01T11:00:00.000Z'),
    incident('2026/eur-open', ['EUR'], '2026-11-21T10:00:00.000Z'),
    incident('2026/nam-resolved', ['NAM'], '2026-11-19T10:00:00.000Z', '2026-11-19T12:00:00.000Z', 'major_outage'),
  ],
  maintenance: [
    maintenance('2026/nam-db', ['NAM'], '2026-11-21T11:00:00.000Z', '2026-11-21T13:00:00.000Z', ['database']),
    maintenance('2026/eur-soon', ['EUR'], '2026-11-30T19:00:00.000Z', '2026-11-30T21:00:00.000Z'),
    maintenance('2026/eur-far', ['EUR'], '2026-12-30T19:00:00.000Z', '2026-12-30T21:00:00.000Z'),
  ],
  releases: [release],
  notices: [notice],
  ...extra,
});

describe('buildIndex', () => {
  const index = buildIndex(content(), NOW);

  it('finds what is happening now', () => {
    expect(index.openIncidents.map((i) => i.id)).toEqual(['2026/eur-open']);
    expect(index.activeMaintenance.map((m) => m.id)).toEqual(['2026/nam-db']);
    expect(index.upcomingMaintenance.map((m) => m.id)).toEqual(['2026/eur-soon']);
    expect(index.activeNotices).toEqual([]);
  });

  it('merges global and regional entries into each region timeline, newest first', () => {
    const eur = index.timelines.get('EUR')!.map((i) => `${i.kind}:${i.entry.id}@${i.at.slice(0, 13)}`);
    expect(eur).toEqual([
      'maintenance:2026/eur-far@2026-12-30T19',
      'maintenance:2026/eur-soon@2026-11-30T19',
      'incident:2026/eur-open@2026-11-21T10',
      'database-update:2026/9.2.2611.2@2026-11-17T19',
      'release:2026/9.2.2611.2@2026-11-16T19',
      'notice:2026/tls@2026-11-15T00',
      'incident:2026/global-old@2026-10-01T10',
    ]);
    const nam = index.timelines.get('NAM')!.map((i) => i.entry.id);
    expect(nam).toContain('2026/global-old');
    expect(nam).toContain('2026/tls');
    expect(nam).not.toContain('2026/eur-open');
  });

  it('computes the status per region and component: worst active impact wins, maintenance shows under_maintenance', () => {
    expect(index.board.cells.get('EUR')!.get('sign-in')!.status).toBe('partial_outage');
    expect(index.board.cells.get('EUR')!.get('database')!.status).toBe('operational');
    expect(index.board.cells.get('NAM')!.get('database')!.status).toBe('under_maintenance');
    expect(index.board.cells.get('NAM')!.get('sign-in')!.status).toBe('operational');
    expect(index.board.overall).toBe('partial_outage');
  });

  it('lets the worst of several active entries win in one cell', () => {
    const worse = buildIndex(
      content({ incidents: [incident('2026/a', ['EUR'], '2026-11-21T09:00:00.000Z', undefined, 'degraded_performance'), incident('2026/b', ['global'], '2026-11-21T10:00:00.000Z', undefined, 'major_outage')] }),
      NOW,
    );
    expect(worse.board.cells.get('EUR')!.get('sign-in')).toMatchObject({ status: 'major_outage' });
    expect(worse.board.cells.get('EUR')!.get('sign-in')!.causes).toHaveLength(2);
  });

  it('applies maintenance without components to every component in its regions', () => {
    const all = buildIndex(content({ incidents: [], maintenance: [maintenance('2026/all', ['EUR'], '2026-11-21T11:00:00.000Z', '2026-11-21T13:00:00.000Z')] }), NOW);
    expect([...all.board.cells.get('EUR')!.values()].every((c) => c.status === 'under_maintenance')).toBe(true);
    expect(all.board.overall).toBe('under_maintenance');
  });

  it('is all operational when nothing is active', () => {
    const later = buildIndex(content({ incidents: [], maintenance: [] }), NOW);
    expect(later.board.overall).toBe('operational');
  });

  it('groups history by month and timelines by day', () => {
    expect(index.history.map((m) => m.month)).toEqual(['2026-12', '2026-11', '2026-10']);
    expect(groupByDay(index.timelines.get('EUR')!).map((d) => d.day).slice(0, 3)).toEqual(['2026-12-30', '2026-11-30', '2026-11-21']);
  });

  it('indexes components and groups', () => {
    expect(index.groups.map((g) => [g.name, g.components.length])).toEqual([
      ['Platform', 2],
      ['Data', 1],
    ]);
    expect(index.componentEntries.get('database')!.map((d) => d.entry.id)).toEqual(['2026/eur-far', '2026/eur-soon', '2026/nam-db']);
  });
});
