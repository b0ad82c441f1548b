import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/check/validate.ts';
import { buildLedger } from '../../../src/lib/policy/ledger.ts';
import type { Ledger } from '../../../src/lib/policy/ledger.ts';
import { policyJson } from '../../../src/lib/policy/ledger-json.ts';
import { FIXTURES, ROOT } from '../../support/paths.ts';

/** A Sunday; tests/fixtures/policy-ledger/site.yaml makes Thursday 26 November 2026 a holiday. */
const NOW = '2026-12-20T12:00:00Z';
const fixture = validateContent(path.join(FIXTURES, 'policy-ledger'), NOW, ROOT);
const ledger: Ledger = buildLedger(fixture.content, NOW);
const q4 = ledger.quarters.find((q) => q.id === '2026-q4')!;
const row = <R extends { key: string }>(rows: R[], key: string) => {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
};

describe('the policy ledger on tests/fixtures/policy-ledger', () => {
  it('loads without errors', () => expect(fixture.errors).toBe(0));

  it('has one section per quarter with something to measure, newest first', () => {
    expect(ledger.quarters.map((q) => q.id)).toEqual(['2027-q2', '2027-q1', '2026-q4']);
    expect(q4.label).toBe('2026 Q4');
    expect(q4.start).toBe('2026-10-01T00:00:00.000Z');
    expect(q4.end).toBe('2027-01-01T00:00:00.000Z');
  });

  it('lists major incidents only, newest first, each linking its entry', () => {
    expect(q4.incidents.map((r) => r.key)).toEqual([
      'incidents/2026/open-late-first-update',
      'incidents/2026/pir-due-late-first-update',
      'incidents/2026/pir-sixth-business-day',
      'incidents/2026/pir-fifth-business-day',
      'incidents/2026/pir-overdue',
    ]);
    expect(q4.incidents[0]!.path).toBe('/incidents/2026/open-late-first-update/');
  });

  it('measures the first update: 14 minutes is on time, 16 is late', () => {
    expect(row(q4.incidents, 'incidents/2026/pir-fifth-business-day')).toMatchObject({ firstUpdateMinutes: 14, firstUpdateOnTime: true });
    expect(row(q4.incidents, 'incidents/2026/pir-sixth-business-day')).toMatchObject({ firstUpdateMinutes: 16, firstUpdateOnTime: false });
    expect(row(q4.incidents, 'incidents/2026/pir-due-late-first-update')).toMatchObject({ firstUpdateMinutes: 20, firstUpdateOnTime: false });
  });

  it('resolved Friday 20 Nov, the weekend and Thursday 26 Nov skipped: the 5th business day is Monday 30 Nov', () => {
    // Mon 23 (1), Tue 24 (2), Wed 25 (3), Thu 26 holiday, Fri 27 (4), weekend, Mon 30 (5): due by 1 Dec 00:00 UTC.
    expect(row(q4.incidents, 'incidents/2026/pir-fifth-business-day').pir).toEqual({
      kind: 'on_time',
      dueAt: '2026-12-01T00:00:00.000Z',
      publishedAt: '2026-11-30T16:00:00.000Z',
    });
    // Published Tuesday 1 Dec, the 6th business day: one business day late.
    expect(row(q4.incidents, 'incidents/2026/pir-sixth-business-day').pir).toEqual({
      kind: 'late',
      dueAt: '2026-12-01T00:00:00.000Z',
      publishedAt: '2026-12-01T09:00:00.000Z',
      businessDaysLate: 1,
    });
  });

  it('says when a PIR is still due, overdue (by how many business days) or not yet owed', () => {
    // Resolved Thu 17 Dec: Fri 18, Mon 21, Tue 22, Wed 23, Thu 24 → due by 25 Dec 00:00.
    expect(row(q4.incidents, 'incidents/2026/pir-due-late-first-update').pir).toEqual({ kind: 'due', dueAt: '2026-12-25T00:00:00.000Z' });
    // Resolved Mon 2 Nov: due by the end of Mon 9 Nov. From Tue 10 Nov to Fri 18 Dec are 28 business days
    // (the holiday skipped); Sunday 20 Dec lies within the 29th, Monday 21 Dec.
    expect(row(q4.incidents, 'incidents/2026/pir-overdue').pir).toEqual({ kind: 'overdue', dueAt: '2026-11-10T00:00:00.000Z', businessDaysLate: 29 });
    expect(row(q4.incidents, 'incidents/2026/open-late-first-update').pir).toEqual({ kind: 'pending' });
  });

  it('measures planned maintenance: 4 days of notice against 5, and 70 minutes over its window', () => {
    expect(q4.maintenance.map((r) => r.key)).toEqual(['maintenance/2026/announced-4-days', 'maintenance/2026/overran-70-minutes']);
    expect(row(q4.maintenance, 'maintenance/2026/announced-4-days')).toMatchObject({ noticeDays: 4, noticeKept: false, window: { kind: 'within' } });
    expect(row(q4.maintenance, 'maintenance/2026/overran-70-minutes')).toMatchObject({
      noticeDays: 5,
      noticeKept: true,
      window: { kind: 'overran', minutes: 70, stillRunning: false },
    });
    const q1 = ledger.quarters.find((q) => q.id === '2027-q1')!;
    expect(q1.maintenance).toHaveLength(1);
    expect(q1.maintenance[0]).toMatchObject({ key: 'maintenance/2027/scheduled-next-year', noticeDays: 42.125 /* 42 days and 3 hours */, noticeKept: true, window: { kind: 'open', state: 'scheduled' } });
  });

  it('measures a major release announced 89 days ahead: the 90-day notice was missed, the others reached', () => {
    expect(q4.releases.map((r) => r.key)).toEqual(['releases/2026/announced-89-days']);
    const r = q4.releases[0]!;
    expect(r.noticeDays).toBe(89);
    expect(r.noticeKept).toBe(false);
    expect(r.notices).toEqual([
      { daysBefore: 90, at: '2026-07-07T18:00:00.000Z', kept: false, passed: true },
      { daysBefore: 30, at: '2026-09-05T18:00:00.000Z', kept: true, passed: true },
      { daysBefore: 15, at: '2026-09-20T18:00:00.000Z', kept: true, passed: true },
      { daysBefore: 7, at: '2026-09-28T18:00:00.000Z', kept: true, passed: true },
      { daysBefore: 0, at: '2026-10-05T18:00:00.000Z', kept: true, passed: true },
    ]);
    const next = ledger.quarters.find((q) => q.id === '2027-q2')!.releases[0]!;
    expect(next.noticeKept).toBe(true);
    expect(next.notices[0]).toEqual({ daysBefore: 90, at: '2027-01-05T18:00:00.000Z', kept: true, passed: false });
  });

  it('counts the rates per quarter', () => {
    expect(q4.rates).toEqual({
      firstUpdates: { kept: 2, of: 5 },
      // on time, late and overdue count; due and pending do not yet.
      pirs: { kept: 1, of: 3 },
      maintenanceNotice: { kept: 1, of: 2 },
      maintenanceWindow: { kept: 1, of: 2 },
      releaseNotice: { kept: 0, of: 1 },
    });
    expect(ledger.quarters[1]!.rates.maintenanceWindow).toEqual({ kept: 0, of: 0 });
  });

  it('gives the same figures as JSON', () => {
    const json = policyJson(ledger, fixture.content.site);
    expect(json.promises).toEqual({ first_update_minutes: 15, pir_business_days: 5, maintenance_notice_days: 5, release_notice_days: 90 });
    const q = json.quarters.find((x) => x.id === '2026-q4')!;
    expect(q.url).toBe('https://status.example.com/policy/2026-q4/');
    expect(q.rates.pirs).toEqual({ kept: 1, of: 3 });
    expect(q.incidents.find((i) => i.id === 'incidents/2026/pir-sixth-business-day')).toMatchObject({
      url: 'https://status.example.com/incidents/2026/pir-sixth-business-day/',
      first_update_minutes: 16,
      first_update_on_time: false,
      pir: { state: 'late', due_at: '2026-12-01T00:00:00.000Z', published_at: '2026-12-01T09:00:00.000Z', business_days_late: 1 },
    });
    expect(q.maintenance.find((m) => m.id === 'maintenance/2026/overran-70-minutes')).toMatchObject({ outcome: 'overran', overrun_minutes: 70, still_running: false, notice_days: 5 });
  });
});
