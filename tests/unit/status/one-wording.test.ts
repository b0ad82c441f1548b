/**
 * Every output words a state through status/wording.ts: the same incident and
 * maintenance read the same on an entry page, a timeline, a feed item and in
 * heliograph.json (plain data; the built outputs are compared in
 * tests/e2e/feeds/calendar-changes.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { heliographJson } from '../../../src/lib/api/native.ts';
import type { Incident, Maintenance } from '../../../src/lib/content/types.ts';
import { incidentView, maintenanceView } from '../../../src/lib/display/entry-views.ts';
import { entryItem } from '../../../src/lib/display/timeline-item.ts';
import { publishedChanges } from '../../../src/lib/changes/changes.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { content, incident, maintenance, NOW } from '../feeds/sample-content.ts';

const index = buildIndex(
  content({
    incidents: [
      incident('2026/not-started', ['EUR'], '2026-11-22T08:00:00.000Z', { updates: [{ at: '2026-11-22T08:05:00.000Z', status: 'investigating', text: 'Ahead.' }] }),
      incident('2026/open-silent', ['EUR'], '2026-11-21T11:00:00.000Z', { updates: [{ at: '2026-11-21T12:30:00.000Z', status: 'identified', text: 'Not yet.' }] }),
    ],
    maintenance: [
      maintenance('2026/late', ['NAM'], '2026-11-21T08:00:00.000Z', '2026-11-21T10:00:00.000Z', { completed: '2026-11-21T11:05:00.000Z' }),
    ],
  }),
  NOW,
);
const get = <T>(key: string) => index.byKey.get(key) as T;
/** The states feed items (and notifications) give this entry's changes, oldest first. */
const feedStates = (key: string) => publishedChanges(index).filter((c) => `${c.collection}/${c.entry.id}` === key).map((c) => c.state).reverse();

describe('one wording per state', () => {
  it('an incident that has not started reads "Not started" on its page, on timelines and in feeds', () => {
    const entry = get<Incident>('incidents/2026/not-started');
    expect(incidentView(entry, index).state).toBe('Not started');
    expect(entryItem(entry, entry.data.started, NOW).detail).toBe('Partial outage · Not started');
    // Not started: nothing is published about it yet.
    expect(feedStates('incidents/2026/not-started')).toEqual([]);
  });

  it('an open incident whose only update is written ahead reads "Investigating" everywhere, and no output shows that update', () => {
    const entry = get<Incident>('incidents/2026/open-silent');
    expect(incidentView(entry, index).state).toBe('Investigating');
    expect(entryItem(entry, entry.data.started, NOW).detail).toBe('Partial outage · Investigating');
    // Subscribers are told with the first posted update; the one written ahead is not out yet.
    expect(feedStates('incidents/2026/open-silent')).toEqual([]);
    const json = heliographJson(index).open_incidents.find((i) => i.id === 'incidents/2026/open-silent')!;
    expect(json).toMatchObject({ state_label: 'Investigating', latest_update: null, updated: '2026-11-21T11:00:00.000Z' });
  });

  it('work completed late reads "Completed, 1 h 5 min over its window" on its page, timelines and feeds', () => {
    const entry = get<Maintenance>('maintenance/2026/late');
    expect(maintenanceView(entry, index).state).toBe('Completed, 1 h 5 min over its window');
    expect(entryItem(entry, entry.data.window.start, NOW).detail).toBe('Completed, 1 h 5 min over its window · NAM');
    // A feed item names the change; its state word is the same as the page's.
    expect(feedStates('maintenance/2026/late').at(-1)).toBe('Completed');
  });
});
