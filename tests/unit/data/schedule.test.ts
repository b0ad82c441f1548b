import { describe, expect, it } from 'vitest';
import type { Content, Maintenance } from '../../../src/lib/content/types.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { instantsFor } from '../../../src/data/schedule.ts';

const NOW = '2026-11-21T12:00:00.000Z';

const maintenance = (id: string, start: string, end: string): Maintenance => ({
  collection: 'maintenance',
  id,
  file: `content/maintenance/${id}.md`,
  body: '',
  data: { title: id, type: 'planned', security: false, regions: ['EUR'], impact: 'under_maintenance', window: { start, end }, announced: '2026-11-01T00:00:00.000Z', cancelled: false, updates: [] },
});

const content: Content = {
  site: { title: 'S', url: 'https://s.example', sla: 99.9, pir_business_days: 5, maintenance_notice_days: 5, holidays: [] },
  regions: [{ code: 'EUR', name: 'Europe', host: 'e', window: '18:00-03:00' }],
  components: [{ id: 'api', name: 'API', group: 'Platform' }],
  incidents: [],
  maintenance: [maintenance('2026/soon', '2026-11-22T19:00:00.000Z', '2026-11-22T21:00:00.000Z'), maintenance('2026/later', '2026-11-25T19:00:00.000Z', '2026-11-25T21:00:00.000Z')],
  releases: [],
  notices: [],
};

describe('instantsFor', () => {
  const index = buildIndex(content, NOW);
  const soon = index.maintenance.find((e) => e.id === '2026/soon');
  const later = index.maintenance.find((e) => e.id === '2026/later');

  it("gives a part's instants from the entries it shows, each list worked out once per build instant", () => {
    const shown = [soon!];
    // Starts and ends of the window, by hand.
    expect(instantsFor(index, shown)).toEqual(['2026-11-22T19:00:00.000Z', '2026-11-22T21:00:00.000Z']);
    expect(instantsFor(index, shown)).toBe(instantsFor(index, shown));
    // The sample's horizon (14 days from 21 November) takes in the start of December, and no other midnight.
    expect(instantsFor(index, shown, { monthStarts: true })).toEqual(['2026-11-22T19:00:00.000Z', '2026-11-22T21:00:00.000Z', '2026-12-01T00:00:00.000Z']);
    expect(instantsFor(index, shown, { monthStarts: true })).not.toBe(instantsFor(index, shown));
  });

  it('works a list out again for other entries, and for another instant', () => {
    expect(instantsFor(index, [soon!, later!])).toEqual(['2026-11-22T19:00:00.000Z', '2026-11-22T21:00:00.000Z', '2026-11-25T19:00:00.000Z', '2026-11-25T21:00:00.000Z']);
    const shown = [soon!, later!];
    expect(instantsFor(index, shown)).toHaveLength(4);
    const afterFirst = buildIndex(content, '2026-11-23T00:00:00.000Z');
    expect(instantsFor(afterFirst, shown)).toEqual(['2026-11-25T19:00:00.000Z', '2026-11-25T21:00:00.000Z']);
  });

  it('takes nothing from entries with no instant inside the horizon, and everything from the others', () => {
    const past = maintenance('2026/past', '2026-10-02T19:00:00.000Z', '2026-10-02T21:00:00.000Z');
    // Enters the upcoming list 14 days before its window: 2026-12-15T19:00, past the horizon's end (2026-12-05T12:00).
    const far = maintenance('2026/far', '2026-12-29T19:00:00.000Z', '2026-12-29T21:00:00.000Z');
    const wider = buildIndex({ ...content, maintenance: [...content.maintenance, past, far] }, NOW);
    const byId = (id: string) => wider.maintenance.find((e) => e.id === id)!;
    const shown = [byId('2026/past'), byId('2026/far'), byId('2026/later')];
    expect(instantsFor(wider, shown)).toEqual(['2026-11-25T19:00:00.000Z', '2026-11-25T21:00:00.000Z']);
    expect(instantsFor(wider, [byId('2026/past'), byId('2026/far')])).toEqual([]);
    // The whole site's: both windows that fall inside the horizon, by hand.
    expect(instantsFor(wider)).toEqual(['2026-11-22T19:00:00.000Z', '2026-11-22T21:00:00.000Z', '2026-11-25T19:00:00.000Z', '2026-11-25T21:00:00.000Z']);
  });

  it("looks at an entry that is not the index's own object as it is", () => {
    // A copy made for a view (same key, another object) still gives its instants.
    const copy = { ...soon!, data: { ...soon!.data } };
    expect(instantsFor(index, [copy])).toEqual(['2026-11-22T19:00:00.000Z', '2026-11-22T21:00:00.000Z']);
  });
});
