/** When an entry's page can no longer change by the clock alone; expectations written by hand from the entries' times. */
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/lib/content/types.ts';
import { isSettled } from '../../../src/lib/schedule/settled.ts';
import { entrySettled } from '../../../src/lib/schedule/site-schedule.ts';
import { incident, maintenance, plainContent, release } from '../display/plain.ts';

const site = plainContent().site;
const lead = { upcomingDays: 14, recentHours: 72 };
const settled = (entry: Parameters<typeof isSettled>[0], now: string) => isSettled(entry, site, lead, now);

function notice(expires?: string): Notice {
  return {
    collection: 'notices',
    id: 'n',
    file: 'content/notices/n.md',
    body: '',
    data: { title: 'n', type: 'awareness', published: '2026-11-01T00:00:00.000Z', regions: ['EUR'], ...(expires ? { expires } : {}) },
  };
}

describe('isSettled', () => {
  it('never for an open incident, however long it runs: its duration grows', () => {
    expect(settled(incident('open', { started: '2025-01-01T00:00:00.000Z' }), '2027-01-01T00:00:00.000Z')).toBe(false);
  });

  it('for a resolved incident only once it has left "recently resolved" and its PIR deadline has passed', () => {
    // Resolved Monday 2 Nov 10:00; recently resolved until Thursday 5 Nov 10:00; PIR due 5 business days on (9 Nov).
    const resolved = incident('r', {
      started: '2026-11-02T08:00:00.000Z',
      resolved: '2026-11-02T10:00:00.000Z',
      updates: [
        { at: '2026-11-02T08:10:00.000Z', status: 'investigating', text: 'Looking.' },
        { at: '2026-11-02T10:00:00.000Z', status: 'resolved', text: 'Fixed.' },
      ],
    });
    expect(settled(resolved, '2026-11-03T00:00:00.000Z')).toBe(false);
    expect(settled(resolved, '2026-11-06T00:00:00.000Z')).toBe(false);
    expect(settled(resolved, '2026-11-20T00:00:00.000Z')).toBe(true);
    const withPir = incident('p', { ...resolved.data, pir_published: '2026-11-25T09:00:00.000Z' });
    expect(settled(withPir, '2026-11-20T00:00:00.000Z')).toBe(false);
    expect(settled(withPir, '2026-11-25T09:00:00.000Z')).toBe(true);
  });

  it('for maintenance once completed and past its window, or cancelled and past its times; never while it overruns', () => {
    const done = maintenance('m', { completed: '2026-11-21T14:00:00.000Z' });
    expect(settled(done, '2026-11-21T14:30:00.000Z')).toBe(false); // the window's end (15:00) is still ahead
    expect(settled(done, '2026-11-21T15:00:00.000Z')).toBe(true);
    expect(settled(maintenance('overran'), '2026-12-21T00:00:00.000Z')).toBe(false);
    expect(settled(maintenance('c', { cancelled: true }), '2026-11-21T15:00:00.000Z')).toBe(true);
    expect(settled(maintenance('c', { cancelled: true }), '2026-11-20T00:00:00.000Z')).toBe(false);
  });

  it('for a release once its last stage and that stage’s database update have passed', () => {
    const r = release('r', [
      { regions: ['EUR'], at: '2026-11-10T00:00:00.000Z' },
      { regions: ['NAM'], at: '2026-11-20T00:00:00.000Z' },
    ]);
    expect(settled(r, '2026-11-20T23:59:59.999Z')).toBe(false); // database update 24 h after the last stage
    expect(settled(r, '2026-11-21T00:00:00.000Z')).toBe(true);
  });

  it('for a notice once published, and expired if it expires', () => {
    expect(settled(notice(), '2026-11-02T00:00:00.000Z')).toBe(true);
    expect(settled(notice(), '2026-10-31T00:00:00.000Z')).toBe(false);
    expect(settled(notice('2026-12-01T00:00:00.000Z'), '2026-11-02T00:00:00.000Z')).toBe(false);
    expect(settled(notice('2026-12-01T00:00:00.000Z'), '2026-12-01T00:00:00.000Z')).toBe(true);
  });
});

describe('entrySettled', () => {
  it("answers as isSettled at the index's now, asked again for the same entry at another instant or for another site", () => {
    // Resolved Monday 2 Nov 10:00: settled once its PIR deadline, 5 business days on (9 Nov), has passed.
    const resolved = incident('memo', { started: '2026-11-02T08:00:00.000Z', resolved: '2026-11-02T10:00:00.000Z' });
    expect(entrySettled(resolved, { site, now: '2026-11-03T00:00:00.000Z' })).toBe(false);
    expect(entrySettled(resolved, { site, now: '2026-11-20T00:00:00.000Z' })).toBe(true);
    expect(entrySettled(resolved, { site, now: '2026-11-03T00:00:00.000Z' })).toBe(false);
    // Under a site whose reports are due 30 business days on (mid-December), not yet on 20 Nov.
    expect(entrySettled(resolved, { site: { ...site, pir_business_days: 30 }, now: '2026-11-20T00:00:00.000Z' })).toBe(false);
  });
});
