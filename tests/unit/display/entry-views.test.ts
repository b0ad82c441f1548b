import { describe, expect, it } from 'vitest';
import type { Incident, Maintenance, Release } from '../../../src/lib/content/types.ts';
import { incidentView, maintenanceView, recentEntries, regionLinks, releaseView } from '../../../src/lib/display/entry-views.ts';
import { entryItem, timelineItem } from '../../../src/lib/display/timeline-item.ts';
import { sampleIndex } from './sample.ts';

const index = sampleIndex();
const get = <T>(key: string) => index.byKey.get(key) as T;

describe('entry views', () => {
  it('says when a PIR is due and since when it is overdue', () => {
    expect(incidentView(get<Incident>('incidents/2026/apj-api-errors'), index).pir).toMatchObject({ kind: 'due' });
    expect(incidentView(get<Incident>('incidents/2026/ind-reporting-outage'), index).pir).toMatchObject({ kind: 'overdue' });
    const open = incidentView(get<Incident>('incidents/2026/eur-gbr-sign-in-failures'), index);
    expect(open).toMatchObject({ state: 'Identified', duration: '1 h 55 min so far' });
  });

  it('pairs each maintenance region with its daily window and says it overran', () => {
    const view = maintenanceView(get<Maintenance>('maintenance/2026/fra-ger-reporting-migration'), index);
    expect(view.status.state).toBe('overran');
    expect(view.state).toBe('Running past its window (the window ended 2026-11-21 02:00 UTC)');
    expect(view.regions).toEqual([
      { label: 'France (FRA)', href: '/regions/fra/', window: '18:00-03:00' },
      { label: 'Germany (GER)', href: '/regions/ger/', window: '18:00-03:00' },
    ]);
  });

  it('tables a release by stage with database updates after each', () => {
    const view = releaseView(get<Release>('releases/2026/2026-release-wave-2'), index);
    expect(view.stages[0]).toMatchObject({ stage: 1, at: '2026-10-05T18:00:00.000Z', databaseAt: '2026-10-06T18:00:00.000Z' });
    expect(view.notices.map((n) => [n.daysBefore, n.passed])).toEqual([[90, true], [30, true], [15, true], [7, true], [0, true]]);
  });

  it('reads global as all regions', () => {
    expect(regionLinks(['global'], index)).toEqual([{ label: 'All regions', href: undefined }]);
  });

  it('describes a release stage and its database update on a timeline', () => {
    const [stage, database] = index.timelines.get('NAM')!.filter((i) => i.entry.id === '2026/2026-release-wave-2').reverse();
    expect(timelineItem(stage!, index.now)).toMatchObject({ title: '2026 release wave 2 reaches NAM', href: '/releases/2026/2026-release-wave-2/' });
    expect(timelineItem(database!, index.now)).toMatchObject({ title: 'Database update for 2026 release wave 2' });
    const release = get<Release>('releases/2026/9.2.2611.2');
    expect(entryItem(release, release.data.rollout[0]!.at, index.now).href).toBe('/releases/2026/9.2.2611.2/');
  });

  it('bounds a component page to the newest past and soonest upcoming entries', () => {
    const all = index.componentEntries.get('web-client')!;
    const recent = recentEntries(all, index.now, 3, 1);
    expect(recent.past).toHaveLength(3);
    expect(recent.past.every((d) => d.at <= index.now)).toBe(true);
    expect(recent.upcoming.length).toBeLessThanOrEqual(1);
  });
});

describe('regionLabel', () => {
  it('adds the code once, never twice', async () => {
    const { regionLabel } = await import('../../../src/lib/display/entry-views.ts');
    expect(regionLabel('EUR', 'Europe')).toBe('Europe (EUR)');
    expect(regionLabel('GCC', 'US Government (GCC)')).toBe('US Government (GCC)');
    expect(regionLabel('GCC-HIGH', 'US Government (GCC High)')).toBe('US Government (GCC High)');
    expect(regionLabel('DEU', 'Germany (sovereign)')).toBe('Germany (sovereign) (DEU)');
    expect(regionLabel('XYZ', undefined)).toBe('XYZ');
  });
});
