import { describe, expect, it } from 'vitest';
import type { Content, Incident, Maintenance, Notice, Release } from '../../../src/lib/content/types.ts';
import { buildIndex, indexAt } from '../../../src/lib/index/site-index.ts';
import { movingEntries, siteSchedule } from '../../../src/lib/schedule/site-schedule.ts';
import { entryInstants, horizonEnd, upcomingInstants } from '../../../src/lib/schedule/transitions.ts';

const SITE = { title: 'S', url: 'https://s.example', sla: 99.9, pir_business_days: 5, maintenance_notice_days: 5, holidays: ['2026-11-26'] };
const LEAD = { upcomingDays: 14, recentHours: 72 };

const incident: Incident = {
  collection: 'incidents',
  id: '2026/eur',
  file: 'content/incidents/2026/eur.md',
  body: '',
  data: {
    title: 'EUR down',
    severity: 'major',
    impact: 'major_outage',
    regions: ['EUR'],
    components: ['sign-in'],
    started: '2026-11-20T10:00:00.000Z',
    resolved: '2026-11-20T12:30:00.000Z',
    updates: [
      { at: '2026-11-20T10:10:00.000Z', status: 'investigating', text: 'Looking.' },
      { at: '2026-11-20T12:30:00.000Z', status: 'resolved', text: 'Fixed.' },
    ],
  },
};

const work: Maintenance = {
  collection: 'maintenance',
  id: '2026/nam',
  file: 'content/maintenance/2026/nam.md',
  body: '',
  data: {
    title: 'NAM upgrade',
    type: 'planned',
    security: false,
    regions: ['NAM'],
    impact: 'under_maintenance',
    window: { start: '2026-11-24T03:00:00.000Z', end: '2026-11-24T07:00:00.000Z' },
    announced: '2026-11-01T00:00:00.000Z',
    cancelled: false,
    updates: [{ at: '2026-11-24T08:00:00.000Z', status: 'in_progress', text: 'Still going.' }],
  },
};

const release: Release = {
  collection: 'releases',
  id: '2026/9.2',
  file: 'content/releases/2026/9.2.md',
  body: '',
  data: {
    title: 'Weekly',
    type: 'minor',
    version: '9.2',
    components: ['sign-in'],
    announced: '2026-11-10T00:00:00.000Z',
    rollout: [
      { regions: ['EUR'], at: '2026-11-22T19:00:00.000Z' },
      { regions: ['NAM'], at: '2026-11-23T03:00:00.000Z' },
    ],
    database_lag_hours: 24,
  },
};

const notice: Notice = {
  collection: 'notices',
  id: '2026/tls',
  file: 'content/notices/2026/tls.md',
  body: '',
  data: { title: 'TLS', type: 'awareness', published: '2026-11-15T00:00:00.000Z', regions: ['global'], expires: '2026-11-25T00:00:00.000Z' },
};

const content: Content = {
  site: SITE,
  regions: [
    { code: 'NAM', name: 'North America', host: 'n', window: '02:00-11:00' },
    { code: 'EUR', name: 'Europe', host: 'e', window: '18:00-03:00' },
  ],
  components: [{ id: 'sign-in', name: 'Sign-in', group: 'Platform' }],
  incidents: [incident],
  maintenance: [work],
  releases: [release],
  notices: [notice],
};

describe('entryInstants', () => {
  it('an incident: start, each update, resolution, the end of "recently resolved" and the PIR deadline', () => {
    // Resolved Friday 20 Nov; 5 business days with Thursday 26 Nov a holiday: Mon 23, Tue 24, Wed 25, Fri 27, Mon 30 → due at the end of 30 Nov.
    expect(entryInstants(incident, SITE, LEAD).sort()).toEqual([
      '2026-11-20T10:00:00.000Z',
      '2026-11-20T10:10:00.000Z',
      '2026-11-20T12:30:00.000Z',
      '2026-11-20T12:30:00.000Z',
      '2026-11-23T12:30:00.001Z',
      '2026-12-01T00:00:00.000Z',
    ]);
  });

  it('maintenance: entering the 14-day list, window start and end, each update', () => {
    expect(entryInstants(work, SITE, LEAD).sort()).toEqual([
      '2026-11-10T03:00:00.000Z',
      '2026-11-24T03:00:00.000Z',
      '2026-11-24T07:00:00.000Z',
      '2026-11-24T08:00:00.000Z',
    ]);
  });

  it('a release: each stage and its database update; a notice: publication and expiry', () => {
    expect(entryInstants(release, SITE, LEAD).sort()).toEqual([
      '2026-11-22T19:00:00.000Z',
      '2026-11-23T03:00:00.000Z',
      '2026-11-23T19:00:00.000Z',
      '2026-11-24T03:00:00.000Z',
    ]);
    expect(entryInstants(notice, SITE, LEAD)).toEqual(['2026-11-15T00:00:00.000Z', '2026-11-25T00:00:00.000Z']);
  });
});

describe('upcomingInstants', () => {
  const all = [incident, work, release, notice];
  it('keeps only instants after now and up to the horizon, sorted and once each', () => {
    expect(upcomingInstants(all, SITE, LEAD, '2026-11-22T19:00:00.000Z', '2026-11-24T07:00:00.000Z')).toEqual([
      '2026-11-23T03:00:00.000Z',
      '2026-11-23T12:30:00.001Z',
      '2026-11-23T19:00:00.000Z',
      '2026-11-24T03:00:00.000Z',
      '2026-11-24T07:00:00.000Z',
    ]);
  });

  it('adds the UTC midnight starting each month when asked, and no other', () => {
    expect(upcomingInstants([], SITE, LEAD, '2026-11-22T19:00:00.000Z', '2026-11-24T07:00:00.000Z', { monthStarts: true })).toEqual([]);
    // Across a year's end, up to and including the horizon; the month that has begun at `now` is not its own start.
    expect(upcomingInstants([], SITE, LEAD, '2026-11-01T00:00:00.000Z', '2027-02-01T00:00:00.000Z', { monthStarts: true })).toEqual([
      '2026-12-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
      '2027-02-01T00:00:00.000Z',
    ]);
    // With an entry's own: its window's start and end and its update.
    expect(upcomingInstants([work], SITE, LEAD, '2026-11-22T19:00:00.000Z', '2026-12-01T00:00:00.000Z', { monthStarts: true })).toEqual([
      '2026-11-24T03:00:00.000Z',
      '2026-11-24T07:00:00.000Z',
      '2026-11-24T08:00:00.000Z',
      '2026-12-01T00:00:00.000Z',
    ]);
  });

  it('the horizon is 14 days unless site.yaml sets horizon_days', () => {
    expect(horizonEnd('2026-11-21T12:00:00.000Z', {})).toBe('2026-12-05T12:00:00.000Z');
    expect(horizonEnd('2026-11-21T12:00:00.000Z', { horizon_days: 3 })).toBe('2026-11-24T12:00:00.000Z');
  });
});

describe('indexAt', () => {
  it('gives the same now-dependent lists as a build pinned to that instant', () => {
    const built = buildIndex(content, '2026-11-21T12:00:00.000Z');
    for (const at of ['2026-11-24T03:00:00.000Z', '2026-11-24T06:59:59.999Z', '2026-11-24T07:00:00.000Z', '2026-11-25T00:00:00.000Z']) {
      const later = indexAt(built, at);
      const pinned = buildIndex(content, at);
      expect(later.activeMaintenance.map((m) => m.id)).toEqual(pinned.activeMaintenance.map((m) => m.id));
      expect(later.upcomingMaintenance.map((m) => m.id)).toEqual(pinned.upcomingMaintenance.map((m) => m.id));
      expect(later.activeNotices.map((n) => n.id)).toEqual(pinned.activeNotices.map((n) => n.id));
      expect(later.board.overall).toBe(pinned.board.overall);
    }
  });

  it('at the window start the region goes under maintenance, and stays so past the window until completed', () => {
    const built = buildIndex(content, '2026-11-21T12:00:00.000Z');
    expect(indexAt(built, '2026-11-24T02:59:59.999Z').board.byRegion.get('NAM')).toBe('operational');
    expect(indexAt(built, '2026-11-24T03:00:00.000Z').board.byRegion.get('NAM')).toBe('under_maintenance');
    expect(indexAt(built, '2026-11-24T09:00:00.000Z').board.byRegion.get('NAM')).toBe('under_maintenance');
  });
});

describe('siteSchedule', () => {
  it('names the next change, what changes at each instant and the overall status then', () => {
    const schedule = siteSchedule(buildIndex(content, '2026-11-23T12:00:00.000Z'));
    expect(schedule.generatedAt).toBe('2026-11-23T12:00:00.000Z');
    expect(schedule.validUntil).toBe('2026-11-23T12:30:00.001Z');
    expect(schedule.horizonEnd).toBe('2026-12-07T12:00:00.000Z');
    expect(schedule.transitions).toEqual([
      { at: '2026-11-23T12:30:00.001Z', overall: 'operational', entries: ['incidents/2026/eur'] },
      { at: '2026-11-23T19:00:00.000Z', overall: 'operational', entries: ['releases/2026/9.2'] },
      { at: '2026-11-24T03:00:00.000Z', overall: 'under_maintenance', entries: ['maintenance/2026/nam', 'releases/2026/9.2'] },
      { at: '2026-11-24T07:00:00.000Z', overall: 'under_maintenance', entries: ['maintenance/2026/nam'] },
      { at: '2026-11-24T08:00:00.000Z', overall: 'under_maintenance', entries: ['maintenance/2026/nam'] },
      { at: '2026-11-25T00:00:00.000Z', overall: 'under_maintenance', entries: ['notices/2026/tls'] },
      { at: '2026-12-01T00:00:00.000Z', overall: 'under_maintenance', entries: ['incidents/2026/eur'] },
    ]);
  });

  it('looks only at the entries with an instant inside the horizon: others change nothing in it', () => {
    // Resolved in October with its report published: every instant of it is past.
    const old: Incident = {
      ...incident,
      id: '2026/old',
      file: 'content/incidents/2026/old.md',
      data: { ...incident.data, started: '2026-10-01T10:00:00.000Z', resolved: '2026-10-01T11:00:00.000Z', pir_published: '2026-10-02T00:00:00.000Z', updates: [] },
    };
    // Enters the 14-day list on 2027-01-01T03:00, after the horizon's end (2026-12-07T12:00).
    const far: Maintenance = { ...work, id: '2027/far', file: 'content/maintenance/2027/far.md', data: { ...work.data, window: { start: '2027-01-15T03:00:00.000Z', end: '2027-01-15T07:00:00.000Z' }, updates: [] } };
    const index = buildIndex({ ...content, incidents: [incident, old], maintenance: [work, far] }, '2026-11-23T12:00:00.000Z');
    expect([...movingEntries(index)].map((e) => `${e.collection}/${e.id}`).sort()).toEqual(['incidents/2026/eur', 'maintenance/2026/nam', 'notices/2026/tls', 'releases/2026/9.2']);
    // The same transitions as the site without those two, written out above.
    expect(siteSchedule(index).transitions.map((t) => [t.at, t.entries.join(' ')])).toEqual([
      ['2026-11-23T12:30:00.001Z', 'incidents/2026/eur'],
      ['2026-11-23T19:00:00.000Z', 'releases/2026/9.2'],
      ['2026-11-24T03:00:00.000Z', 'maintenance/2026/nam releases/2026/9.2'],
      ['2026-11-24T07:00:00.000Z', 'maintenance/2026/nam'],
      ['2026-11-24T08:00:00.000Z', 'maintenance/2026/nam'],
      ['2026-11-25T00:00:00.000Z', 'notices/2026/tls'],
      ['2026-12-01T00:00:00.000Z', 'incidents/2026/eur'],
    ]);
  });
});
