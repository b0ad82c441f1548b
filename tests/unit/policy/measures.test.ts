import { describe, expect, it } from 'vitest';
import type { IncidentData, MaintenanceData, ReleaseData } from '../../../src/lib/content/schema.ts';
import { firstUpdateDelayMinutes, firstUpdateOnTime, lateFirstUpdateNeedsAction } from '../../../src/lib/policy/first-update.ts';
import { maintenanceAnnouncedLate, maintenanceNoticeDays, maintenanceWindowOutcome } from '../../../src/lib/policy/maintenance-notice.ts';
import { pirTimeliness } from '../../../src/lib/policy/pir-timeliness.ts';
import { quarterOf } from '../../../src/lib/policy/quarter.ts';
import { releaseAnnouncedLate, releaseNoticeDays } from '../../../src/lib/policy/release-notice.ts';

const site = { pir_business_days: 5, maintenance_notice_days: 5, holidays: [] as string[] };

const incident = (over: Partial<IncidentData> = {}): IncidentData => ({
  title: 'x',
  severity: 'major',
  impact: 'major_outage',
  regions: ['EUR'],
  components: ['sign-in'],
  started: '2026-11-18T08:00:00.000Z',
  updates: [{ at: '2026-11-18T08:16:00.000Z', status: 'investigating', text: 'Looking.' }],
  ...over,
}) as IncidentData;

describe('firstUpdateDelayMinutes', () => {
  it('is the minutes from started to the first update, whatever follows', () => {
    expect(firstUpdateDelayMinutes(incident())).toBe(16);
    expect(firstUpdateDelayMinutes(incident({ updates: [{ at: '2026-11-18T08:15:00.000Z', status: 'investigating', text: 'a' }, { at: '2026-11-18T08:16:00.000Z', status: 'identified', text: 'b' }] }))).toBe(15);
    expect(firstUpdateOnTime(incident({ updates: [{ at: '2026-11-18T08:15:00.000Z', status: 'investigating', text: 'a' }] }))).toBe(true);
    expect(firstUpdateOnTime(incident({ updates: [{ at: '2026-11-18T08:15:30.000Z', status: 'investigating', text: 'a' }] }))).toBe(false);
  });

  it('calls for action while open or while the PIR is due, not once it is published or overdue, never for minor incidents', () => {
    const resolved = { resolved: '2026-11-18T09:00:00.000Z', updates: [{ at: '2026-11-18T08:16:00.000Z', status: 'investigating' as const, text: 'a' }, { at: '2026-11-18T09:00:00.000Z', status: 'resolved' as const, text: 'b' }] };
    expect(lateFirstUpdateNeedsAction(incident(), site, '2026-11-18T10:00:00Z')).toBe(true);
    expect(lateFirstUpdateNeedsAction(incident(resolved), site, '2026-11-20T10:00:00Z')).toBe(true);
    // Due by the end of Wednesday 25 November.
    expect(lateFirstUpdateNeedsAction(incident(resolved), site, '2026-11-26T00:00:00Z')).toBe(false);
    expect(lateFirstUpdateNeedsAction(incident({ ...resolved, pir_published: '2026-11-19T10:00:00.000Z' }), site, '2026-11-20T10:00:00Z')).toBe(false);
    expect(lateFirstUpdateNeedsAction(incident({ severity: 'minor' }), site, '2026-11-18T10:00:00Z')).toBe(false);
  });
});

describe('pirTimeliness', () => {
  const resolved = incident({ resolved: '2026-11-18T09:00:00.000Z' });
  it('is on time up to 24:00 of the 5th business day, late by whole business days after', () => {
    expect(pirTimeliness({ ...resolved, pir_published: '2026-11-25T23:59:00.000Z' }, site, '2026-12-01T00:00:00Z')).toEqual({ kind: 'on_time', dueAt: '2026-11-26T00:00:00.000Z', publishedAt: '2026-11-25T23:59:00.000Z' });
    expect(pirTimeliness({ ...resolved, pir_published: '2026-11-26T00:01:00.000Z' }, site, '2026-12-01T00:00:00Z')).toMatchObject({ kind: 'late', businessDaysLate: 1 });
    // Friday 27 is the 2nd day late; Saturday 28 still counts as the 3rd (Monday 30).
    expect(pirTimeliness({ ...resolved, pir_published: '2026-11-27T12:00:00.000Z' }, site, '2026-12-01T00:00:00Z')).toMatchObject({ kind: 'late', businessDaysLate: 2 });
    expect(pirTimeliness({ ...resolved, pir_published: '2026-11-28T12:00:00.000Z' }, site, '2026-12-01T00:00:00Z')).toMatchObject({ kind: 'late', businessDaysLate: 3 });
  });
  it('is pending while open, due, then overdue by business days; a minor incident owes nothing', () => {
    expect(pirTimeliness(incident(), site, '2026-11-18T10:00:00Z')).toEqual({ kind: 'pending' });
    expect(pirTimeliness(resolved, site, '2026-11-20T10:00:00Z')).toEqual({ kind: 'due', dueAt: '2026-11-26T00:00:00.000Z' });
    expect(pirTimeliness(resolved, site, '2026-11-30T10:00:00Z')).toEqual({ kind: 'overdue', dueAt: '2026-11-26T00:00:00.000Z', businessDaysLate: 3 });
    expect(pirTimeliness({ ...resolved, severity: 'minor' }, site, '2026-11-30T10:00:00Z')).toEqual({ kind: 'not_required' });
  });
});

const maintenance = (over: Partial<MaintenanceData> = {}): MaintenanceData => ({
  title: 'm',
  type: 'planned',
  security: false,
  regions: ['NAM'],
  impact: 'under_maintenance',
  window: { start: '2026-11-24T03:00:00.000Z', end: '2026-11-24T07:00:00.000Z' },
  announced: '2026-11-20T03:00:00.000Z',
  updates: [],
  ...over,
}) as MaintenanceData;

describe('maintenance notice and window', () => {
  it('counts days of notice and holds planned work to maintenance_notice_days', () => {
    expect(maintenanceNoticeDays(maintenance())).toBe(4);
    expect(maintenanceAnnouncedLate(maintenance(), site)).toBe(true);
    expect(maintenanceAnnouncedLate(maintenance({ announced: '2026-11-19T03:00:00.000Z' }), site)).toBe(false);
    expect(maintenanceAnnouncedLate(maintenance({ type: 'unplanned' }), site)).toBe(false);
  });
  it('finished within, overran by N minutes, still running, or not finished yet', () => {
    expect(maintenanceWindowOutcome(maintenance({ completed: '2026-11-24T06:00:00.000Z' }), '2026-11-25T00:00:00Z')).toEqual({ kind: 'within' });
    expect(maintenanceWindowOutcome(maintenance({ completed: '2026-11-24T07:45:00.000Z' }), '2026-11-25T00:00:00Z')).toEqual({ kind: 'overran', minutes: 45, stillRunning: false });
    expect(maintenanceWindowOutcome(maintenance(), '2026-11-24T08:00:00Z')).toEqual({ kind: 'overran', minutes: 60, stillRunning: true });
    expect(maintenanceWindowOutcome(maintenance(), '2026-11-24T04:00:00Z')).toEqual({ kind: 'open', state: 'in_progress' });
    expect(maintenanceWindowOutcome(maintenance({ cancelled: true }), '2026-11-25T00:00:00Z')).toEqual({ kind: 'open', state: 'cancelled' });
  });
});

describe('release notice', () => {
  const release = (announced: string): ReleaseData => ({
    title: 'r',
    type: 'major',
    version: '1',
    announced,
    components: [],
    rollout: [{ regions: ['EUR'], at: '2026-10-05T18:00:00.000Z' }],
    database_lag_hours: 24,
  }) as ReleaseData;
  it('holds a major release to 90 days before its first stage', () => {
    expect(releaseNoticeDays(release('2026-07-07T18:00:00.000Z'))).toBe(90);
    expect(releaseAnnouncedLate(release('2026-07-07T18:00:00.000Z'))).toBe(false);
    expect(releaseAnnouncedLate(release('2026-07-07T18:01:00.000Z'))).toBe(true);
    expect(releaseAnnouncedLate({ ...release('2026-10-01T00:00:00.000Z'), type: 'minor' })).toBe(false);
  });
});

describe('quarterOf', () => {
  it('takes the UTC calendar quarter', () => {
    expect(quarterOf('2026-12-31T23:59:59.000Z')).toMatchObject({ id: '2026-q4', start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' });
    expect(quarterOf('2026-04-01T00:00:00.000Z')).toMatchObject({ id: '2026-q2', label: '2026 Q2' });
    expect(quarterOf('2026-03-31T23:30:00-01:00')).toMatchObject({ id: '2026-q2' });
  });
});
