import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/lib/content/types.ts';
import { homeView } from '../../../src/lib/display/home.ts';
import { regionView } from '../../../src/lib/display/region-view.ts';
import { shortlist, SHORTLIST_LIMITS } from '../../../src/lib/display/shortlist.ts';
import { incident, maintenance, plainIndex } from './plain.ts';

const notice = (id: string, published: string): Notice => ({
  collection: 'notices',
  id,
  file: `content/notices/${id}.md`,
  body: '',
  data: { title: id, type: 'awareness', published, regions: ['EUR'] },
});
const two = (n: number) => String(n).padStart(2, '0');

// A busy site at 2026-11-21T12:00Z: eight incidents resolved in the last 72 hours (hour n of the 20th: n from 1 to 8),
// fourteen windows in the next 14 days (day n of 22 November to 5 December), seven notices in force (published day n of November).
const busy = plainIndex({
  incidents: Array.from({ length: 8 }, (_, i) =>
    incident(`2026/resolved-${i + 1}`, { started: `2026-11-20T${two(i + 1)}:00:00.000Z`, resolved: `2026-11-20T${two(i + 1)}:30:00.000Z` }),
  ),
  maintenance: Array.from({ length: 14 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 10, 22 + i)).toISOString().slice(0, 10);
    return maintenance(`2026/window-${i + 1}`, { window: { start: `${day}T01:00:00.000Z`, end: `${day}T02:00:00.000Z` } });
  }),
  notices: Array.from({ length: 7 }, (_, i) => notice(`2026/notice-${i + 1}`, `2026-11-${two(i + 1)}T09:00:00.000Z`)),
});

describe('shortlist', () => {
  it('keeps the first items and says whether there were more', () => {
    expect(shortlist([1, 2, 3], 2)).toEqual({ items: [1, 2], more: true });
    expect(shortlist([1, 2], 2)).toEqual({ items: [1, 2], more: false });
    expect(shortlist([], 2)).toEqual({ items: [], more: false });
  });
});

describe('the home page of a busy site', () => {
  const view = homeView(busy);

  it('shows the five incidents resolved last, newest first, and says more were resolved', () => {
    expect(SHORTLIST_LIMITS.resolved).toBe(5);
    expect(view.resolved.map((r) => r.entry.id)).toEqual(['2026/resolved-8', '2026/resolved-7', '2026/resolved-6', '2026/resolved-5', '2026/resolved-4']);
    expect(view.more.resolved).toBe(true);
  });

  it('shows the ten soonest windows of the next 14 days, and says more are scheduled', () => {
    expect(view.upcomingMaintenance.map((m) => m.entry.id)).toEqual(Array.from({ length: 10 }, (_, i) => `2026/window-${i + 1}`));
    expect(view.more.upcoming).toBe(true);
  });

  it('shows the five notices published last, and says more are in force', () => {
    expect(view.notices.map((n) => n.entry.id)).toEqual(['2026/notice-7', '2026/notice-6', '2026/notice-5', '2026/notice-4', '2026/notice-3']);
    expect(view.more.notices).toBe(true);
  });

  it('says nothing of more when every item is shown', () => {
    const quiet = homeView(plainIndex({ incidents: [incident('2026/one', { started: '2026-11-20T01:00:00.000Z', resolved: '2026-11-20T02:00:00.000Z' })] }));
    expect(quiet.resolved).toHaveLength(1);
    expect(quiet.more).toEqual({ upcoming: false, notices: false, resolved: false });
  });
});

describe('the region page of a busy site', () => {
  it('shows the five incidents resolved there last, and says more were resolved', () => {
    const view = regionView(busy, 'EUR');
    expect(view.resolved.map((r) => r.entry.id)).toEqual(['2026/resolved-8', '2026/resolved-7', '2026/resolved-6', '2026/resolved-5', '2026/resolved-4']);
    expect(view.moreResolved).toBe(true);
    expect(regionView(busy, 'GBR')).toMatchObject({ resolved: [], moreResolved: false });
  });
});
