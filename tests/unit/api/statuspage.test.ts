import { describe, expect, it } from 'vitest';
import {
  activeMaintenancesJson,
  impactIndicator,
  pageStatus,
  spComponents,
  spIncident,
  spMaintenance,
  spMaintenanceStatus,
  summaryJson,
  upcomingMaintenancesJson,
} from '../../../src/lib/api/statuspage.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { content, incident, maintenance, NOW } from '../feeds/sample-content.ts';

describe('impactIndicator', () => {
  it('maps degraded → minor, partial outage → major, major outage → critical', () => {
    expect(impactIndicator('degraded_performance')).toBe('minor');
    expect(impactIndicator('partial_outage')).toBe('major');
    expect(impactIndicator('major_outage')).toBe('critical');
    expect(impactIndicator('operational')).toBe('none');
    expect(impactIndicator('under_maintenance')).toBe('none');
  });
});

describe('pageStatus', () => {
  const status = (incidents: ReturnType<typeof incident>[], maint: ReturnType<typeof maintenance>[] = []) =>
    pageStatus(buildIndex(content({ incidents, maintenance: maint }), NOW));
  it('follows the worst open incident', () => {
    expect(status([incident('a', ['EUR'], '2026-11-21T10:00:00.000Z', { impact: 'degraded_performance' })])).toEqual({ indicator: 'minor', description: 'Minor Service Outage' });
    expect(status([incident('a', ['EUR'], '2026-11-21T10:00:00.000Z', { impact: 'partial_outage' })]).indicator).toBe('major');
    expect(
      status([
        incident('a', ['EUR'], '2026-11-21T10:00:00.000Z', { impact: 'partial_outage' }),
        incident('b', ['NAM'], '2026-11-21T10:00:00.000Z', { impact: 'major_outage' }),
      ]).indicator,
    ).toBe('critical');
  });
  it('ignores resolved incidents and says so when only maintenance is active', () => {
    expect(status([incident('a', ['EUR'], '2026-11-20T10:00:00.000Z', { impact: 'major_outage', resolved: '2026-11-20T11:00:00.000Z' })])).toEqual({
      indicator: 'none',
      description: 'All Systems Operational',
    });
    expect(status([], [maintenance('m', ['NAM'], '2026-11-21T11:00:00.000Z', '2026-11-21T13:00:00.000Z')])).toEqual({
      indicator: 'none',
      description: 'Service Under Maintenance',
    });
  });
});

describe('spIncident', () => {
  const index = buildIndex(
    content({
      incidents: [
        incident('2026/open', ['EUR'], '2026-11-21T10:00:00.000Z', {
          impact: 'degraded_performance',
          updates: [
            { at: '2026-11-21T10:05:00.000Z', status: 'investigating', text: 'Looking.' },
            { at: '2026-11-21T11:00:00.000Z', status: 'monitoring', text: 'Fix deployed.' },
            { at: '2026-11-21T13:00:00.000Z', status: 'monitoring', text: 'Not posted yet at NOW.' },
          ],
        }),
        incident('2026/pir', ['global'], '2026-11-02T10:00:00.000Z', { severity: 'major', impact: 'major_outage', resolved: '2026-11-02T12:00:00.000Z', pir: '2026-11-05T09:00:00.000Z' }),
      ],
    }),
    NOW,
  );

  it('takes the status of the latest posted update, newest update first', () => {
    const open = spIncident(index.byKey.get('incidents/2026/open') as never, index);
    expect(open).toMatchObject({ status: 'monitoring', impact: 'minor', monitoring_at: '2026-11-21T11:00:00.000Z', resolved_at: null, created_at: '2026-11-21T10:05:00.000Z' });
    expect(open.incident_updates.map((u) => u.body)).toEqual(['Fix deployed.', 'Looking.']);
    expect(open.incident_updates[0]).toMatchObject({ incident_id: 'incidents/2026/open', display_at: '2026-11-21T11:00:00.000Z' });
    expect(open.components.map((c) => c.id)).toEqual(['eur.sign-in']);
    expect(open.shortlink).toBe('https://status.example.com/incidents/2026/open/');
  });

  it('is postmortem once the PIR is published, with the report as the newest update', () => {
    const pir = spIncident(index.byKey.get('incidents/2026/pir') as never, index);
    expect(pir).toMatchObject({ status: 'postmortem', impact: 'critical', resolved_at: '2026-11-02T12:00:00.000Z' });
    expect(pir.incident_updates[0]!.status).toBe('postmortem');
    expect(pir.components).toHaveLength(3); // global: every region
  });
});

describe('maintenance mapping', () => {
  const upd = (at: string, status: 'scheduled' | 'in_progress' | 'verifying' | 'completed') => ({ at, status, text: status });
  const index = buildIndex(
    content({
      maintenance: [
        maintenance('2026/overran', ['NAM'], '2026-11-21T02:00:00.000Z', '2026-11-21T06:00:00.000Z'),
        maintenance('2026/verifying', ['EUR'], '2026-11-21T11:00:00.000Z', '2026-11-21T13:00:00.000Z', {
          updates: [upd('2026-11-21T11:00:00.000Z', 'in_progress'), upd('2026-11-21T11:30:00.000Z', 'verifying')],
        }),
        maintenance('2026/upcoming', ['EUR'], '2026-11-30T19:00:00.000Z', '2026-11-30T21:00:00.000Z'),
        maintenance('2026/cancelled', ['EUR'], '2026-11-29T19:00:00.000Z', '2026-11-29T21:00:00.000Z', { cancelled: true }),
        maintenance('2026/cancelled-now', ['EUR'], '2026-11-21T11:00:00.000Z', '2026-11-21T13:00:00.000Z', { cancelled: true }),
        maintenance('2026/done', ['EUR'], '2026-11-10T19:00:00.000Z', '2026-11-10T21:00:00.000Z', { completed: '2026-11-10T20:00:00.000Z' }),
      ],
    }),
    NOW,
  );
  const get = (id: string) => index.byKey.get(`maintenance/${id}`) as never;

  it('maps states to scheduled / in_progress / verifying / completed; overran is in_progress', () => {
    expect(spMaintenanceStatus(get('2026/overran'), NOW)).toBe('in_progress');
    expect(spMaintenanceStatus(get('2026/verifying'), NOW)).toBe('verifying');
    expect(spMaintenanceStatus(get('2026/upcoming'), NOW)).toBe('scheduled');
    expect(spMaintenanceStatus(get('2026/done'), NOW)).toBe('completed');
  });

  it('leaves cancelled work out of upcoming and active', () => {
    expect(upcomingMaintenancesJson(index).scheduled_maintenances.map((m) => m.id)).toEqual(['maintenance/2026/upcoming']);
    expect(activeMaintenancesJson(index).scheduled_maintenances.map((m) => m.id).sort()).toEqual(['maintenance/2026/overran', 'maintenance/2026/verifying']);
    expect(summaryJson(index).scheduled_maintenances.map((m) => m.id)).not.toContain('maintenance/2026/cancelled');
  });

  it('gives the window as scheduled_for / scheduled_until and impact maintenance', () => {
    expect(spMaintenance(get('2026/done'), index)).toMatchObject({
      scheduled_for: '2026-11-10T19:00:00.000Z',
      scheduled_until: '2026-11-10T21:00:00.000Z',
      resolved_at: '2026-11-10T20:00:00.000Z',
      impact: 'maintenance',
      status: 'completed',
    });
  });
});

describe('spComponents', () => {
  it('shows each region as a group of the site components, with the board status', () => {
    const index = buildIndex(content(), NOW);
    const components = spComponents(index);
    expect(components).toHaveLength(3 * 4);
    const eur = components.find((c) => c.id === 'eur')!;
    expect(eur).toMatchObject({ group: true, name: 'Europe (EUR)', group_id: null, status: 'major_outage', components: ['eur.sign-in', 'eur.api', 'eur.database'] });
    expect(components.find((c) => c.id === 'eur.sign-in')).toMatchObject({ group: false, group_id: 'eur', status: 'major_outage', name: 'Sign-in (EUR)' });
    expect(components.find((c) => c.id === 'nam.database')).toMatchObject({ status: 'under_maintenance' });
    expect(components.find((c) => c.id === 'gcc-high.api')).toMatchObject({ status: 'operational', group_id: 'gcc-high' });
    expect(new Set(components.map((c) => c.id)).size).toBe(components.length);
  });
});
