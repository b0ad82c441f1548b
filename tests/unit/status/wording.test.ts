import { describe, expect, it } from 'vitest';
import type { MaintenanceState } from '../../../src/lib/status/maintenance.ts';
import {
  formatUtc,
  incidentStateLabel,
  maintenanceStateLabel,
  noticeStateLabel,
  pirStateLabel,
  releaseProgressLabel,
  updateStatusLabel,
} from '../../../src/lib/status/wording.ts';

const update = (status: 'investigating' | 'identified' | 'monitoring' | 'resolved') => ({ at: '2026-11-21T10:00:00Z', status, text: 'x' });

describe('formatUtc', () => {
  it('writes an instant in UTC without seconds, whatever offset it came with', () => {
    expect(formatUtc('2026-11-24T03:00:00.000Z')).toBe('2026-11-24 03:00 UTC');
    expect(formatUtc('2026-11-24T01:30:00-02:00')).toBe('2026-11-24 03:30 UTC');
  });
});

describe('updateStatusLabel', () => {
  it('words every update status of the format', () => {
    expect(['investigating', 'identified', 'monitoring', 'resolved', 'scheduled', 'in_progress', 'verifying', 'completed'].map(updateStatusLabel)).toEqual([
      'Investigating',
      'Identified',
      'Monitoring',
      'Resolved',
      'Scheduled',
      'In progress',
      'Verifying',
      'Completed',
    ]);
  });
});

describe('incidentStateLabel', () => {
  it('reads "Not started" before the start, whatever updates are written ahead', () => {
    expect(incidentStateLabel({ phase: 'upcoming', latest: undefined })).toBe('Not started');
  });
  it('reads the latest posted update while open, "Investigating" before the first', () => {
    expect(incidentStateLabel({ phase: 'open', latest: undefined })).toBe('Investigating');
    expect(incidentStateLabel({ phase: 'open', latest: update('identified') })).toBe('Identified');
    expect(incidentStateLabel({ phase: 'open', latest: update('monitoring') })).toBe('Monitoring');
  });
  it('reads "Resolved" once resolved', () => {
    expect(incidentStateLabel({ phase: 'resolved', latest: update('resolved') })).toBe('Resolved');
  });
});

describe('pirStateLabel', () => {
  it('words each PIR state, and nothing when none is owed', () => {
    expect(pirStateLabel({ kind: 'not_required' })).toBeUndefined();
    expect(pirStateLabel({ kind: 'pending' })).toBe('Post-incident report to follow');
    expect(pirStateLabel({ kind: 'due', dueAt: '2026-11-27T00:00:00Z' })).toBe('Post-incident report due');
    expect(pirStateLabel({ kind: 'overdue', dueAt: '2026-11-13T00:00:00Z' })).toBe('Post-incident report overdue');
    expect(pirStateLabel({ kind: 'published', publishedAt: '2026-11-10T09:00:00Z', dueAt: undefined, late: false })).toBe('Post-incident report published');
  });
});

describe('maintenanceStateLabel', () => {
  const window = { end: '2026-11-21T02:00:00Z' };
  const label = (state: MaintenanceState, overrunMinutes = 0) => maintenanceStateLabel({ state, overrunMinutes }, window);

  it('words each state', () => {
    expect(['scheduled', 'in_progress', 'completed', 'cancelled'].map((s) => label(s as MaintenanceState))).toEqual(['Scheduled', 'In progress', 'Completed', 'Cancelled']);
  });
  it('names the fixed end of an overrunning window, never a minute count that grows with now', () => {
    expect(label('overran', 95)).toBe('Running past its window (the window ended 2026-11-21 02:00 UTC)');
    expect(label('overran', 600)).toBe('Running past its window (the window ended 2026-11-21 02:00 UTC)');
  });
  it('says by how much completed work ran over its window', () => {
    expect(label('completed', 25)).toBe('Completed, 25 min over its window');
    expect(label('completed', 65)).toBe('Completed, 1 h 5 min over its window');
  });
});

describe('releaseProgressLabel', () => {
  it('says when the first stage comes, how far the rollout is, and when it is done', () => {
    expect(releaseProgressLabel({ reached: 0, total: 3 }, '2026-10-05T18:00:00Z')).toBe('Scheduled: first stage 2026-10-05 18:00 UTC');
    expect(releaseProgressLabel({ reached: 2, total: 3 }, '2026-10-05T18:00:00Z')).toBe('Rolling out: stage 2 of 3 reached');
    expect(releaseProgressLabel({ reached: 3, total: 3 }, '2026-10-05T18:00:00Z')).toBe('Rolled out to every stage');
  });
});

describe('noticeStateLabel', () => {
  it('words each notice state', () => {
    expect(noticeStateLabel('scheduled', '2026-11-15T00:00:00Z')).toBe('Scheduled for 2026-11-15 00:00 UTC');
    expect(noticeStateLabel('active', '2026-11-15T00:00:00Z')).toBe('Active');
    expect(noticeStateLabel('expired', '2026-11-15T00:00:00Z')).toBe('Expired');
  });
});
