import { describe, expect, it } from 'vitest';
import { publishedChangeList, publishedChanges } from '../../../src/lib/changes/changes.ts';
import type { Change } from '../../../src/lib/changes/change.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { content, incident, maintenance, notice, release } from '../feeds/sample-content.ts';

const empty = { incidents: [], maintenance: [], releases: [], notices: [] };

const life = incident('2026/eur-sign-in', ['EUR', 'GBR'], '2026-11-21T08:00:00.000Z', {
  title: 'Sign-in failures',
  severity: 'major',
  resolved: '2026-11-21T11:00:00.000Z',
  pir: '2026-11-25T09:00:00.000Z',
  updates: [
    { at: '2026-11-21T08:00:00.000Z', status: 'investigating', text: 'We are looking into sign-in failures.' },
    { at: '2026-11-21T09:00:00.000Z', status: 'identified', text: 'A certificate expired.' },
    { at: '2026-11-21T10:00:00.000Z', status: 'monitoring', text: 'A new certificate is deployed.' },
    { at: '2026-11-21T11:00:00.000Z', status: 'resolved', text: 'Sign-in works again.' },
  ],
});

const changesAt = (now: string, extra: Parameters<typeof content>[0] = {}) => publishedChanges(buildIndex(content({ ...empty, ...extra }), now));
const brief = (changes: Change[]) => changes.map((c) => [c.kind, c.at, c.title]);

describe('publishedChanges: an incident', () => {
  it('has one change per posted update and one for the PIR, newest first, with the state in the title', () => {
    expect(brief(changesAt('2026-11-26T00:00:00Z', { incidents: [life] }))).toEqual([
      ['incident.pir_published', '2026-11-25T09:00:00.000Z', 'Post-incident report published: Sign-in failures (EUR, GBR)'],
      ['incident.resolved', '2026-11-21T11:00:00.000Z', 'Resolved: Sign-in failures (EUR, GBR)'],
      ['incident.updated', '2026-11-21T10:00:00.000Z', 'Monitoring: Sign-in failures (EUR, GBR)'],
      ['incident.updated', '2026-11-21T09:00:00.000Z', 'Identified: Sign-in failures (EUR, GBR)'],
      ['incident.opened', '2026-11-21T08:00:00.000Z', 'Investigating: Sign-in failures (EUR, GBR)'],
    ]);
  });

  it('says "service restored" first in the resolution, links each update by its anchor', () => {
    const changes = changesAt('2026-11-26T00:00:00Z', { incidents: [life] });
    const resolved = changes.find((c) => c.kind === 'incident.resolved')!;
    expect(resolved.summary).toBe('Service restored. Sign-in works again.');
    expect(resolved.tone).toBe('restored');
    expect(resolved.anchor).toBe('update-4');
    expect(changes.find((c) => c.kind === 'incident.opened')!.anchor).toBe('update-1');
    expect(changes.find((c) => c.kind === 'incident.pir_published')!.anchor).toBe('pir');
    expect(resolved.regions).toEqual(['EUR', 'GBR']);
    expect(resolved.severity).toBe('major');
    expect(resolved.facts).toContain('Regions: EUR, GBR');
    // Facts are as of the change: the opening does not know the resolution yet.
    expect(resolved.facts).toContain('Resolved: 2026-11-21 11:00 UTC');
    expect(changes.find((c) => c.kind === 'incident.opened')!.facts).toEqual([
      'Impact: Partial outage (major incident)',
      'Started: 2026-11-21 08:00 UTC',
      'Regions: EUR, GBR',
      'Components: Sign-in',
    ]);
  });

  it('at each stage adds exactly one change and keeps every earlier id', () => {
    const stages = ['2026-11-21T08:30:00Z', '2026-11-21T09:30:00Z', '2026-11-21T10:30:00Z', '2026-11-21T11:30:00Z', '2026-11-25T10:00:00Z'];
    let previous: string[] = [];
    for (const now of stages) {
      const ids = changesAt(now, { incidents: [life] }).map((c) => c.id);
      expect(ids.length).toBe(previous.length + 1);
      expect(ids.slice(1)).toEqual(previous);
      previous = ids;
    }
  });

  it('ids do not depend on now, and change only with the change\'s own text', () => {
    const a = changesAt('2026-11-26T00:00:00Z', { incidents: [life] });
    const b = changesAt('2027-03-01T00:00:00Z', { incidents: [life] });
    expect(b.map((c) => c.id)).toEqual(a.map((c) => c.id));
    const edited = { ...life, data: { ...life.data, updates: life.data.updates.map((u, i) => (i === 1 ? { ...u, text: 'An expired certificate.' } : u)) } };
    const c = changesAt('2026-11-26T00:00:00Z', { incidents: [edited] });
    const changed = a.map((x, i) => x.id !== c[i]!.id);
    expect(changed).toEqual([false, false, false, true, false]);
    expect(new Set(a.map((x) => x.id)).size).toBe(a.length);
    expect(a[0]!.id).toMatch(/^tag:heliograph,2026:incidents\/2026\/eur-sign-in\/incident\.pir_published\/2026-11-25T09:00:00\.000Z\/[0-9a-f]{12}$/);
  });

  it('lists nothing before the incident started', () => {
    expect(changesAt('2026-11-21T07:59:00Z', { incidents: [life] })).toEqual([]);
  });
});

describe('publishedChanges: maintenance', () => {
  const work = maintenance('2026/nam-db', ['NAM'], '2026-11-21T11:00:00.000Z', '2026-11-21T13:00:00.000Z', {
    title: 'Database upgrade',
    announced: '2026-11-10T09:00:00.000Z',
    updates: [{ at: '2026-11-20T09:00:00.000Z', status: 'scheduled', text: 'Still on for tomorrow.' }],
  });

  it('is announced, updated, started and runs past its window by the clock alone', () => {
    expect(brief(changesAt('2026-11-21T14:00:00Z', { maintenance: [work] }))).toEqual([
      ['maintenance.overran', '2026-11-21T13:00:00.000Z', 'Running past its window: Database upgrade (NAM)'],
      ['maintenance.started', '2026-11-21T11:00:00.000Z', 'In progress: Database upgrade (NAM)'],
      ['maintenance.updated', '2026-11-20T09:00:00.000Z', 'Scheduled: Database upgrade (NAM)'],
      ['maintenance.announced', '2026-11-10T09:00:00.000Z', 'Scheduled: Database upgrade (NAM)'],
    ]);
    const timeDriven = changesAt('2026-11-21T14:00:00Z', { maintenance: [work] }).filter((c) => c.timeDriven).map((c) => c.kind);
    expect(timeDriven).toEqual(['maintenance.overran', 'maintenance.started']);
  });

  it('completed inside its window has no overrun; completed late has both', () => {
    const onTime = { ...work, data: { ...work.data, completed: '2026-11-21T12:30:00.000Z' } };
    expect(changesAt('2026-11-22T00:00:00Z', { maintenance: [onTime] }).map((c) => c.kind)).toEqual([
      'maintenance.completed',
      'maintenance.started',
      'maintenance.updated',
      'maintenance.announced',
    ]);
    const late = { ...work, data: { ...work.data, completed: '2026-11-21T13:45:00.000Z' } };
    const changes = changesAt('2026-11-22T00:00:00Z', { maintenance: [late] });
    expect(changes.map((c) => c.kind)).toEqual(['maintenance.completed', 'maintenance.overran', 'maintenance.started', 'maintenance.updated', 'maintenance.announced']);
    expect(changes[0]!.title).toBe('Completed: Database upgrade (NAM)');
    expect(changes[0]!.summary).toBe('The work is complete, 45 min past its window.');
  });

  it('a "completed" update at the completed time is the completion, not a second change', () => {
    const done = { ...work, data: { ...work.data, completed: '2026-11-21T12:30:00.000Z', updates: [...work.data.updates, { at: '2026-11-21T12:30:00.000Z', status: 'completed' as const, text: 'All done.' }] } };
    const changes = changesAt('2026-11-22T00:00:00Z', { maintenance: [done] });
    expect(changes.map((c) => [c.kind, c.title, c.summary, c.anchor])).toEqual([
      ['maintenance.completed', 'Completed: Database upgrade (NAM)', 'All done.', 'update-2'],
      ['maintenance.started', 'In progress: Database upgrade (NAM)', 'The maintenance window has started; it is planned to end 2026-11-21 13:00 UTC.', 'updates'],
      ['maintenance.updated', 'Scheduled: Database upgrade (NAM)', 'Still on for tomorrow.', 'update-1'],
      ['maintenance.announced', 'Scheduled: Database upgrade (NAM)', 'Planned maintenance announced for 2026-11-21 11:00 UTC to 2026-11-21 13:00 UTC.', 'updates'],
    ]);
  });

  it('cancelled: the cancelling update is the cancellation, and the window never starts', () => {
    const cancelled = {
      ...work,
      data: { ...work.data, cancelled: true, updates: [...work.data.updates, { at: '2026-11-20T12:00:00.000Z', status: 'scheduled' as const, text: 'Cancelled.' }] },
    };
    expect(brief(changesAt('2026-11-22T00:00:00Z', { maintenance: [cancelled] }))).toEqual([
      ['maintenance.cancelled', '2026-11-20T12:00:00.000Z', 'Cancelled: Database upgrade (NAM)'],
      ['maintenance.updated', '2026-11-20T09:00:00.000Z', 'Scheduled: Database upgrade (NAM)'],
      ['maintenance.announced', '2026-11-10T09:00:00.000Z', 'Scheduled: Database upgrade (NAM)'],
    ]);
  });

  it('an update posted when the work is announced is the announcement, not a second change', () => {
    const announcedWithUpdate = { ...work, data: { ...work.data, updates: [{ at: '2026-11-10T09:00:00.000Z', status: 'scheduled' as const, text: 'Scheduled for 21 November.' }] } };
    const changes = changesAt('2026-11-15T00:00:00Z', { maintenance: [announcedWithUpdate] });
    expect(changes.map((c) => [c.kind, c.summary, c.anchor])).toEqual([['maintenance.announced', 'Scheduled for 21 November.', 'update-1']]);
  });

  it('a day later with no content change adds only time-driven changes', () => {
    const before = changesAt('2026-11-21T10:00:00Z', { maintenance: [work] });
    const after = changesAt('2026-11-22T10:00:00Z', { maintenance: [work] });
    const added = after.filter((c) => !before.some((b) => b.id === c.id));
    expect(added.map((c) => c.kind)).toEqual(['maintenance.overran', 'maintenance.started']);
    expect(added.every((c) => c.timeDriven)).toBe(true);
    expect(new Set(after.map((c) => c.id)).size).toBe(after.length);
  });
});

describe('publishedChanges: releases and notices', () => {
  const wave = {
    ...release('2026/2027-wave-1', [
      { regions: ['EUR'], at: '2027-04-01T18:00:00.000Z' },
      { regions: ['global'], at: '2027-04-15T18:00:00.000Z' },
    ], '2026-12-20T00:00:00.000Z'),
  };
  wave.data = { ...wave.data, type: 'major', title: 'Wave 1', version: '9.3' };

  it('a major release: announced, then each notice date once reached, never one before the announcement', () => {
    // 90 days before 2027-04-01 is 2027-01-01 (after the announcement); all five are reached by 2027-04-01T18:00.
    const changes = changesAt('2027-04-01T17:00:00Z', { releases: [wave] });
    expect(brief(changes)).toEqual([
      ['release.notice', '2027-03-25T18:00:00.000Z', '7 days to go: Wave 1 (all regions)'],
      ['release.notice', '2027-03-17T18:00:00.000Z', '15 days to go: Wave 1 (all regions)'],
      ['release.notice', '2027-03-02T18:00:00.000Z', '30 days to go: Wave 1 (all regions)'],
      ['release.notice', '2027-01-01T18:00:00.000Z', '90 days to go: Wave 1 (all regions)'],
      ['release.announced', '2026-12-20T00:00:00.000Z', 'Announced: Wave 1 (all regions)'],
    ]);
    const late = { ...wave, data: { ...wave.data, announced: '2027-02-01T00:00:00.000Z' } };
    expect(changesAt('2027-03-03T00:00:00Z', { releases: [late] }).map((c) => c.at)).toEqual(['2027-03-02T18:00:00.000Z', '2027-02-01T00:00:00.000Z']);
  });

  it('reaching a stage is one change per region, a global stage every region', () => {
    const changes = changesAt('2027-04-16T00:00:00Z', { releases: [wave] }).filter((c) => c.kind === 'release.stage_reached');
    expect(changes.map((c) => [c.regions, c.title, c.anchor])).toEqual([
      [['EUR'], 'Stage 2 of 2 reached: Wave 1 (EUR)', 'stage-2'],
      [['GCC-HIGH'], 'Stage 2 of 2 reached: Wave 1 (GCC-HIGH)', 'stage-2'],
      [['NAM'], 'Stage 2 of 2 reached: Wave 1 (NAM)', 'stage-2'],
      [['EUR'], 'Stage 1 of 2 reached: Wave 1 (EUR)', 'stage-1'],
    ]);
    expect(changes.every((c) => c.timeDriven)).toBe(true);
  });

  it('a notice is published once, at its time, with its type as the state', () => {
    expect(brief(changesAt('2026-11-14T00:00:00Z', { notices: [notice('2026/tls', '2026-11-15T00:00:00.000Z')] }))).toEqual([]);
    expect(brief(changesAt('2026-11-16T00:00:00Z', { notices: [notice('2026/tls', '2026-11-15T00:00:00.000Z')] }))).toEqual([
      ['notice.published', '2026-11-15T00:00:00.000Z', 'General awareness: Notice 2026/tls (all regions)'],
    ]);
  });
});

describe('publishedChanges: the order at one instant', () => {
  const T = '2026-11-21T19:00:00.000Z';
  const opened = incident('2026/b-inc', ['EUR'], T, {
    updates: [
      { at: T, status: 'investigating', text: 'Looking.' },
      { at: T, status: 'identified', text: 'Found it.' },
      { at: T, status: 'monitoring', text: 'Watching.' },
    ],
  });
  const started = maintenance('2026/a-maint', ['NAM'], T, '2026-11-21T21:00:00.000Z');
  const staged = release('2026/9.9.1', [{ regions: ['NAM', 'EUR'], at: T }]);
  const published = notice('2026/z', T);
  const atT = () => changesAt('2026-11-21T20:00:00Z', { incidents: [opened], maintenance: [started], releases: [staged], notices: [published] }).filter((c) => c.at === T);

  it('is by entry, kind and regions, not by the order the kinds are listed in (incidents, maintenance, releases, notices)', () => {
    expect(atT().map((c) => `${c.collection}/${c.entry.id} ${c.kind} ${c.regions.join(',')}`)).toEqual([
      'incidents/2026/b-inc incident.opened EUR',
      'incidents/2026/b-inc incident.updated EUR',
      'incidents/2026/b-inc incident.updated EUR',
      'maintenance/2026/a-maint maintenance.started NAM',
      'notices/2026/z notice.published global',
      'releases/2026/9.9.1 release.stage_reached EUR',
      'releases/2026/9.9.1 release.stage_reached NAM',
    ]);
  });

  it('puts changes equal in all of those in the order of their ids', () => {
    const [first, second] = atT().filter((c) => c.kind === 'incident.updated');
    expect(first!.summary === 'Found it.' || first!.summary === 'Watching.').toBe(true);
    expect(second!.summary).not.toBe(first!.summary);
    expect(first!.id.localeCompare(second!.id)).toBeLessThan(0);
  });
});

describe('publishedChangeList', () => {
  it('makes a change once, when read, and tells its scope without making it', () => {
    const list = publishedChangeList(buildIndex(content({ ...empty, incidents: [life] }), '2026-11-26T00:00:00Z'));
    expect(list.length).toBe(5);
    expect(list.scopeOf(0)).toEqual({ kind: 'incident.pir_published', collection: 'incidents', regions: ['EUR', 'GBR'], components: ['sign-in'] });
    expect(list.get(0)).toBe(list.get(0));
    expect(list.get(4).kind).toBe('incident.opened');
    expect(list.scopeOf(4).kind).toBe('incident.opened');
  });
});
