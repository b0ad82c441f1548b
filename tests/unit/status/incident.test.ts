import { describe, expect, it } from 'vitest';
import type { IncidentData } from '../../../src/lib/content/schema.ts';
import { formatDuration, incidentStatus, pirState } from '../../../src/lib/status/incident.ts';

const site = { pir_business_days: 5, holidays: [] as string[] };
const incident = (extra: Partial<IncidentData> = {}): IncidentData => ({
  title: 'Sign-in failures',
  severity: 'major',
  impact: 'major_outage',
  regions: ['EUR'],
  components: ['sign-in'],
  started: '2026-11-18T08:00:00.000Z',
  resolved: '2026-11-18T10:30:00.000Z',
  updates: [
    { at: '2026-11-18T08:10:00.000Z', status: 'investigating', text: 'Looking.' },
    { at: '2026-11-18T10:30:00.000Z', status: 'resolved', text: 'Fixed.' },
  ],
  ...extra,
});

describe('incidentStatus', () => {
  it('is open from started until resolved, with the latest posted update', () => {
    const s = incidentStatus(incident(), '2026-11-18T09:00:00.000Z');
    expect(s.phase).toBe('open');
    expect(s.latest?.status).toBe('investigating');
    expect(s.durationMs).toBe(60 * 60_000);
  });

  it('is resolved at the resolution instant and measures start to resolution', () => {
    const s = incidentStatus(incident(), '2026-11-18T10:30:00.000Z');
    expect(s.phase).toBe('resolved');
    expect(formatDuration(s.durationMs)).toBe('2 h 30 min');
  });

  it('counts an open incident as ongoing up to now', () => {
    const open = incident({ resolved: undefined, updates: [incident().updates[0]!] });
    expect(formatDuration(incidentStatus(open, '2026-11-20T09:00:00.000Z').durationMs)).toBe('2 d 1 h');
  });

  it('is not active before it started (a build pinned earlier)', () => {
    expect(incidentStatus(incident(), '2026-11-18T07:00:00.000Z').phase).toBe('upcoming');
  });
});

describe('pirState', () => {
  it('is due until the end of the fifth business day after resolution, then overdue', () => {
    expect(pirState(incident(), site, '2026-11-25T23:59:59.000Z')).toEqual({ kind: 'due', dueAt: '2026-11-26T00:00:00.000Z' });
    expect(pirState(incident(), site, '2026-11-26T00:00:00.000Z')).toEqual({ kind: 'overdue', dueAt: '2026-11-26T00:00:00.000Z' });
  });

  it('is pending while a major incident is open', () => {
    expect(pirState(incident({ resolved: undefined }), site, '2026-11-18T09:00:00.000Z')).toEqual({ kind: 'pending' });
  });

  it('is published once pir_published has passed, and late after the deadline', () => {
    const onTime = pirState(incident({ pir_published: '2026-11-24T09:00:00.000Z' }), site, '2026-12-01T00:00:00.000Z');
    expect(onTime).toMatchObject({ kind: 'published', late: false });
    const late = pirState(incident({ pir_published: '2026-11-27T09:00:00.000Z' }), site, '2026-12-01T00:00:00.000Z');
    expect(late).toMatchObject({ kind: 'published', late: true });
  });

  it('is not required for a minor incident', () => {
    expect(pirState(incident({ severity: 'minor' }), site, '2026-12-01T00:00:00.000Z')).toEqual({ kind: 'not_required' });
  });
});
