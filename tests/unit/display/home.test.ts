import { describe, expect, it } from 'vitest';
import { homeView } from '../../../src/lib/display/home.ts';
import { sampleIndex } from './sample.ts';

const view = homeView(sampleIndex());
const ids = (list: { entry: { id: string } }[]) => list.map((i) => i.entry.id);

describe('homeView over the sample content at the sample time', () => {
  it('headlines the worst status, what and where, and the lesser ones elsewhere', () => {
    expect(view.overall).toMatchObject({
      status: 'major_outage',
      text: 'Major outage: Sign-in in Europe and the United Kingdom',
      count: '6 of 17 regions affected · 11 operational',
      also: ['Degraded performance: Reporting in France and Germany', 'Maintenance in progress in Oceania and Japan'],
    });
  });

  it('lists the incident resolved in the last 72 hours', () => {
    expect(view.resolved.map((r) => [r.entry.id, r.text])).toEqual([['2026/can-workflow-delays', 'Resolved 19 h 15 min ago after 2 h 35 min']]);
  });

  it('lists the open incident with its latest update', () => {
    expect(ids(view.incidents)).toEqual(['2026/eur-gbr-sign-in-failures']);
    expect(view.incidents[0]!.status.latest?.at).toBe('2026-11-21T11:47:00.000Z');
    expect(view.incidents[0]!.where).toBe('Europe (EUR), United Kingdom (GBR) · Sign-in');
  });

  it('lists maintenance in progress (overran included) and coming in 14 days', () => {
    expect(ids(view.activeMaintenance)).toEqual(expect.arrayContaining(['2026/jpn-oce-storage-upgrade', '2026/fra-ger-reporting-migration']));
    expect(view.activeMaintenance.find((m) => m.entry.id === '2026/fra-ger-reporting-migration')!.status.state).toBe('overran');
    expect(ids(view.upcomingMaintenance)).toContain('2026/nam-can-database-upgrade');
    for (const m of view.upcomingMaintenance) expect(m.entry.data.window.start < '2026-12-05T12:00:00Z').toBe(true);
  });

  it('states every grid cell in words, the affected one included', () => {
    expect(view.grid.groups).toEqual(['Platform', 'Data', 'Integration', 'Admin']);
    expect(view.grid.rows).toHaveLength(17);
    const eur = view.grid.rows.find((r) => r.code === 'EUR')!;
    expect(eur.href).toBe('/regions/eur/');
    expect(eur.cells.find((c) => c.group === 'Platform')).toMatchObject({ status: 'major_outage', label: 'Major outage' });
    expect(eur.cells.find((c) => c.group === 'Platform')!.components).toEqual(['Sign-in']);
    expect(view.grid.rows.find((r) => r.code === 'NAM')!.cells.every((c) => c.label === 'Operational')).toBe(true);
    expect(view.grid.rows.slice(0, 2).map((r) => r.code)).toEqual(['EUR', 'GBR']);
    expect(view.grid.operational.text).toBe('11 regions operational');
  });
});
