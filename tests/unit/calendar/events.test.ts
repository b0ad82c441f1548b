import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../src/lib/calendar/calendar.ts';
import {
  CALENDAR_LIMIT,
  CALENDAR_PAST_DAYS,
  calendarEvents,
  calendarSequence,
  maintenanceRevisions,
  maintenanceSequence,
  stageEnd,
} from '../../../src/lib/calendar/events.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { content, maintenance, NOW, release } from '../feeds/sample-content.ts';

describe('calendarSequence', () => {
  // 2024-01-01 to 2026-11-24 is 366 + 365 + 327 = 1058 days; 03:00 is 180 minutes in.
  const start = '2026-11-24T03:00:00.000Z';
  const end = '2026-11-24T07:00:00.000Z';
  const startMinutes = 1058 * 1440 + 180;
  const endMinutes = 1058 * 1440 + 420;

  it('is revisions × 2^24 plus the minutes from 2024-01-01 to the start and to the end', () => {
    expect(calendarSequence(1, start, end)).toBe(16_777_216 + startMinutes + endMinutes);
    expect(calendarSequence(3, start, end)).toBe(50_331_648 + startMinutes + endMinutes);
  });

  it('stays a 32-bit iCalendar INTEGER: revisions stop counting at 127, times at 2039', () => {
    expect(calendarSequence(500, '2099-01-01T00:00:00Z', '2099-01-01T01:00:00Z')).toBe(2_147_483_646);
    expect(calendarSequence(1, '2020-01-01T00:00:00Z', '2020-01-01T01:00:00Z')).toBe(16_777_216);
  });

  it('rises when a window moves later with nothing recorded, and when it moves a week earlier with one more revision', () => {
    const base = calendarSequence(2, start, end);
    expect(calendarSequence(2, '2026-11-24T04:00:00.000Z', '2026-11-24T08:00:00.000Z')).toBe(base + 120);
    expect(calendarSequence(3, '2026-11-17T03:00:00.000Z', '2026-11-17T07:00:00.000Z')).toBe(base + 16_777_216 - 2 * 7 * 1440);
  });
});

describe('maintenanceRevisions', () => {
  const update = (at: string, status: 'scheduled' | 'in_progress' | 'verifying' | 'completed') => ({ at, status, text: status });
  const base = maintenance('2026/x', ['NAM'], '2026-11-24T03:00:00.000Z', '2026-11-24T07:00:00.000Z');
  const announced = { ...base, data: { ...base.data, updates: [update('2026-11-18T09:00:00.000Z', 'scheduled')] } };
  const started = { ...announced, data: { ...announced.data, updates: [...announced.data.updates, update('2026-11-24T03:00:00.000Z', 'in_progress')] } };

  it('counts the announcement, each update posted by now, the completion once reached and the cancellation', () => {
    expect(maintenanceRevisions(base, '2026-11-20T00:00:00Z')).toBe(1);
    expect(maintenanceRevisions(announced, '2026-11-20T00:00:00Z')).toBe(2);
    expect(maintenanceRevisions(started, '2026-11-25T00:00:00Z')).toBe(3);
    const done = { ...started, data: { ...started.data, completed: '2026-11-24T06:00:00.000Z' } };
    expect(maintenanceRevisions(done, '2026-11-24T05:00:00Z')).toBe(3);
    expect(maintenanceRevisions(done, '2026-11-24T06:00:00Z')).toBe(4);
    expect(maintenanceRevisions({ ...announced, data: { ...announced.data, cancelled: true } }, '2026-11-20T00:00:00Z')).toBe(3);
  });

  it('does not count an update dated after now, and is the same at any now between two of its times', () => {
    expect(maintenanceRevisions(started, '2026-11-24T02:59:00Z')).toBe(2);
    expect(maintenanceSequence(started, '2026-11-19T00:00:00Z')).toBe(maintenanceSequence(started, '2026-11-23T23:00:00Z'));
    expect(maintenanceSequence(started, '2026-11-24T03:00:00Z')).toBe(maintenanceSequence(started, '2026-11-19T00:00:00Z') + 16_777_216);
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

/** Announcement + cancellation; 2024-01-01 to 2026-11-30 is 366 + 365 + 333 = 1064 days, window 19:00-21:00. */
const CANCELLED_SEQUENCE = 2 * 2 ** 24 + (1064 * 1440 + 19 * 60) + (1064 * 1440 + 21 * 60);
/** Announcement only; 2026-11-16 is day 1050, the stage runs 19:00 to 03:00 the next day (EUR's window). */
const EUR_STAGE_SEQUENCE = 2 ** 24 + (1050 * 1440 + 19 * 60) + (1051 * 1440 + 3 * 60);

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
      'releases/2026/9.2.2611.2/EUR@status.example.com',
      'maintenance/2026/eur-cancelled@status.example.com',
    ]);
    const all = calendarEvents(index, { kind: 'all' }).map((e) => e.uid);
    expect(all).toContain('releases/2026/9.2.2611.2/NAM@status.example.com');
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
    expect(cancelled).toMatchObject({ status: 'CANCELLED', stamp: '2026-11-01T00:00:00.000Z', sequence: CANCELLED_SEQUENCE, url: 'https://status.example.com/maintenance/2026/eur-cancelled/' });
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

/** node-ical reads `URL;VALUE=URI:…` as `{ params, val }`. */
const urlOf = (e: ical.VEvent) => String(typeof e.url === 'object' ? (e.url as { val: string }).val : e.url);

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
      ['releases/2026/9.2.2611.2/EUR@status.example.com', '2026-11-16T19:00:00.000Z', '2026-11-17T03:00:00.000Z', 'CONFIRMED', EUR_STAGE_SEQUENCE],
      ['maintenance/2026/eur-cancelled@status.example.com', '2026-11-30T19:00:00.000Z', '2026-11-30T21:00:00.000Z', 'CANCELLED', CANCELLED_SEQUENCE],
    ]);
    expect(parsed[1]!.summary).toBe('Cancelled: Upgrade; with, commas & <b> (EUR)');
    expect(urlOf(parsed[1]!)).toBe('https://status.example.com/maintenance/2026/eur-cancelled/');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('marks release stages TRANSPARENT and maintenance OPAQUE, and stamps both from content', () => {
    const index = buildIndex(
      content({
        releases: [release('2026/9.2.2611.2', [{ regions: ['EUR'], at: '2026-11-16T19:00:00.000Z' }])],
        maintenance: [maintenance('2026/eur-soon', ['EUR'], '2026-11-30T19:00:00.000Z', '2026-11-30T21:00:00.000Z')],
      }),
      NOW,
    );
    const parsed = Object.values(ical.sync.parseICS(buildCalendar(index, { kind: 'region', code: 'EUR' }))).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
    expect(parsed.map((e) => [e.uid, e.transparency, e.lastmodified?.toISOString(), e.dtstamp.toISOString()])).toEqual([
      ['releases/2026/9.2.2611.2/EUR@status.example.com', 'TRANSPARENT', '2026-11-10T00:00:00.000Z', '2026-11-10T00:00:00.000Z'],
      ['maintenance/2026/eur-soon@status.example.com', 'OPAQUE', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
    ]);
  });

  it('shows no update dated after now, and drops control characters', () => {
    const updates = [
      { at: '2026-11-20T09:00:00.000Z', status: 'scheduled' as const, text: 'Posted\u0001 yesterday.' },
      { at: '2026-11-22T09:00:00.000Z', status: 'scheduled' as const, text: 'Written ahead for tomorrow.' },
    ];
    const index = buildIndex(content({ releases: [], maintenance: [maintenance('2026/eur-soon', ['EUR'], '2026-11-30T19:00:00.000Z', '2026-11-30T21:00:00.000Z', { updates })] }), NOW);
    const text = buildCalendar(index, { kind: 'region', code: 'EUR' });
    const [event] = Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
    expect(event!.description).toContain('Latest update: Posted yesterday.');
    expect(text).not.toContain('tomorrow');
    expect(event!.lastmodified?.toISOString()).toBe('2026-11-20T09:00:00.000Z');
  });
});
