import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../src/lib/calendar/calendar.ts';
import { CALENDAR_LIMIT, CALENDAR_PAST_DAYS, calendarEvents, maintenanceSequence, stageEnd } from '../../../src/lib/calendar/events.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { content, maintenance, NOW, release } from '../feeds/sample-content.ts';

const update = (at: string, status: 'scheduled' | 'in_progress' | 'verifying' | 'completed') => ({ at, status, text: status });

describe('maintenanceSequence', () => {
  it('counts updates and adds one when completed or cancelled is recorded', () => {
    const base = maintenance('2026/x', ['NAM'], '2026-11-24T03:00:00.000Z', '2026-11-24T07:00:00.000Z');
    expect(maintenanceSequence(base)).toBe(0);
    const announced = { ...base, data: { ...base.data, updates: [update('2026-11-18T09:00:00.000Z', 'scheduled')] } };
    expect(maintenanceSequence(announced)).toBe(1);
    const started = { ...announced, data: { ...announced.data, updates: [...announced.data.updates, update('2026-11-24T03:00:00.000Z', 'in_progress')] } };
    expect(maintenanceSequence(started)).toBe(2);
    expect(maintenanceSequence({ ...started, data: { ...started.data, completed: '2026-11-24T06:00:00.000Z' } })).toBe(3);
    expect(maintenanceSequence({ ...announced, data: { ...announced.data, cancelled: true } })).toBe(2);
  });
});

describe('stageEnd', () => {
  const eur = { code: 'EUR', name: 'Europe', host: 'e', window: '18:00-03:00' };
  it('ends a stage with the daily window it starts in, across midnight', () => {
    expect(stageEnd('2026-11-16T19:00:00.000Z', eur)).toBe('2026-11-17T03:00:00.000Z');
    expect(stageEnd('2026-11-17T01:00:00.000Z', eur)).toBe('2026-11-17T03:00:00.000Z');
  });
  it('falls back to one window length outside the window, and one hour for an unknown region', () => {
    expect(stageEnd('2026-11-17T10:00:00.000Z', eur)).toBe('2026-11-17T19:00:00.000Z');
    expect(stageEnd('2026-11-17T10:00:00.000Z', undefined)).toBe('2026-11-17T11:00:00.000Z');
  });
});

describe('calendarEvents', () => {
  const index = buildIndex(
    content({
      maintenance: [
        maintenance('2026/nam-db', ['NAM'], '2026-11-21T11:00:00.000Z', '2026-11-21T13:00:00.000Z'),
        maintenance('2026/eur-cancelled', ['EUR'], '2026-11-30T19:00:00.000Z', '2026-11-30T21:00:00.000Z', { cancelled: true }),
        maintenance('2026/too-old', ['EUR'], '2026-08-01T19:00:00.000Z', '2026-08-01T21:00:00.000Z'),
      ],
    }),
    NOW,
  );

  it('has one event per maintenance window and per release stage in the region, with stable UIDs', () => {
    const eur = calendarEvents(index, { kind: 'region', code: 'EUR' });
    expect(eur.map((e) => e.uid)).toEqual([
      'releases/2026/9.2.2611.2/stage-1/EUR@status.example.com',
      'maintenance/2026/eur-cancelled@status.example.com',
    ]);
    const all = calendarEvents(index, { kind: 'all' }).map((e) => e.uid);
    expect(all).toContain('releases/2026/9.2.2611.2/stage-2/NAM@status.example.com');
    expect(all).toContain('maintenance/2026/nam-db@status.example.com');
  });

  it('without release stages (the maintenance-only calendars) has the maintenance windows alone', () => {
    const only = { releaseStages: false };
    expect(calendarEvents(index, { kind: 'region', code: 'EUR' }, only).map((e) => e.uid)).toEqual(['maintenance/2026/eur-cancelled@status.example.com']);
    expect(calendarEvents(index, { kind: 'all' }, only).map((e) => e.uid)).toEqual([
      'maintenance/2026/nam-db@status.example.com',
      'maintenance/2026/eur-cancelled@status.example.com',
    ]);
    const parsed = Object.values(ical.sync.parseICS(buildCalendar(index, { kind: 'region', code: 'EUR' }, only))).filter((c) => c?.type === 'VEVENT');
    expect(parsed.map((e) => (e as { uid: string }).uid)).toEqual(['maintenance/2026/eur-cancelled@status.example.com']);
    expect(buildCalendar(index, { kind: 'region', code: 'EUR' }, only)).toContain('X-WR-CALNAME:Status: maintenance only in Europe (EUR)');
  });

  it('marks cancelled work CANCELLED and stamps events from content, not from now', () => {
    const [cancelled] = calendarEvents(index, { kind: 'region', code: 'EUR' }).filter((e) => e.uid.startsWith('maintenance/'));
    expect(cancelled).toMatchObject({ status: 'CANCELLED', stamp: '2026-11-01T00:00:00.000Z', sequence: 1, url: 'https://status.example.com/maintenance/2026/eur-cancelled/' });
    expect(cancelled!.summary).toMatch(/^Cancelled: /);
  });

  it(`leaves out events that ended more than ${CALENDAR_PAST_DAYS} days ago and keeps at most ${CALENDAR_LIMIT}`, () => {
    expect(calendarEvents(index, { kind: 'all' }).map((e) => e.uid)).not.toContain('maintenance/2026/too-old@status.example.com');
    const many = Array.from({ length: CALENDAR_LIMIT + 30 }, (_, i) =>
      maintenance(`2026/m-${i}`, ['NAM'], new Date(Date.parse(NOW) + i * 3_600_000).toISOString(), new Date(Date.parse(NOW) + (i + 1) * 3_600_000).toISOString()),
    );
    const big = buildIndex(content({ maintenance: many, releases: [] }), NOW);
    const events = calendarEvents(big, { kind: 'all' });
    expect(events).toHaveLength(CALENDAR_LIMIT);
    expect(events.map((e) => e.start)).toEqual([...events.map((e) => e.start)].sort());
  });

  it('refuses an unknown region', () => {
    expect(() => calendarEvents(index, { kind: 'region', code: 'XXX' })).toThrow(/no such region/);
  });
});

describe('buildCalendar', () => {
  it('writes a calendar a real parser reads back: UID, DTSTART, DTEND, STATUS, SEQUENCE, URL', () => {
    const index = buildIndex(
      content({
        releases: [release('2026/9.2.2611.2', [{ regions: ['global'], at: '2026-11-16T19:00:00.000Z' }])],
        maintenance: [maintenance('2026/eur-cancelled', ['EUR'], '2026-11-30T19:00:00.000Z', '2026-11-30T21:00:00.000Z', { cancelled: true, title: 'Upgrade; with, commas & <b>' })],
      }),
      NOW,
    );
    const text = buildCalendar(index, { kind: 'region', code: 'EUR' });
    const parsed = Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
    expect(parsed.map((e) => [e.uid, e.start.toISOString(), e.end!.toISOString(), e.status, Number(e.sequence)])).toEqual([
      ['releases/2026/9.2.2611.2/stage-1/EUR@status.example.com', '2026-11-16T19:00:00.000Z', '2026-11-17T03:00:00.000Z', 'CONFIRMED', 0],
      ['maintenance/2026/eur-cancelled@status.example.com', '2026-11-30T19:00:00.000Z', '2026-11-30T21:00:00.000Z', 'CANCELLED', 1],
    ]);
    expect(parsed[1]!.summary).toBe('Cancelled: Upgrade; with, commas & <b> (EUR)');
    expect(String(parsed[1]!.url)).toBe('https://status.example.com/maintenance/2026/eur-cancelled/');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  });
});
