import { describe, expect, it } from 'vitest';
import { boundedTimeline, heliographJson, REGION_RECENT_LIMIT, REGION_UPCOMING_LIMIT } from '../../../src/lib/api/native.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { content, incident, NOW } from '../feeds/sample-content.ts';

describe('boundedTimeline', () => {
  it('keeps the latest past items and the soonest future ones', () => {
    const incidents = Array.from({ length: 60 }, (_, i) =>
      incident(`2026/i-${String(i).padStart(2, '0')}`, ['NAM'], new Date(Date.parse(NOW) + (i - 30) * 86_400_000 + 1).toISOString()),
    );
    const index = buildIndex(content({ incidents, maintenance: [], releases: [], notices: [] }), NOW);
    const { recent, upcoming } = boundedTimeline(index.timelines.get('NAM')!, NOW);
    expect(recent).toHaveLength(REGION_RECENT_LIMIT);
    expect(upcoming).toHaveLength(REGION_UPCOMING_LIMIT);
    expect(recent[0]!.entry.id).toBe('2026/i-29');
    expect(upcoming[0]!.entry.id).toBe('2026/i-30');
    expect(upcoming.at(-1)!.entry.id).toBe('2026/i-39');
  });
});

describe('heliographJson', () => {
  it('has regions with windows, status and timelines, open incidents and PIR states', () => {
    const json = heliographJson(
      buildIndex(content({ incidents: [...content().incidents, incident('2026/major', ['NAM'], '2026-11-02T10:00:00.000Z', { severity: 'major', resolved: '2026-11-02T12:00:00.000Z' })] }), NOW),
    );
    const eur = json.regions.find((r) => r.code === 'EUR')!;
    expect(eur.window).toEqual({ daily: '18:00-03:00', crosses_midnight: true, length_minutes: 540 });
    expect(eur.status).toBe('major_outage');
    expect(eur.feeds.calendar).toBe('https://status.example.com/regions/eur/maintenance.ics');
    expect(eur.timeline.upcoming.map((i) => i.id)).toEqual(['maintenance/2026/eur-soon']);
    expect(eur.timeline.recent.map((i) => i.kind)).toEqual(['incident', 'database-update', 'release', 'notice', 'incident']);
    expect(json.open_incidents.map((i) => i.id)).toEqual(['incidents/2026/eur-open']);
    expect(json.pir).toEqual([expect.objectContaining({ id: 'incidents/2026/major', state: 'overdue', due_at: '2026-11-10T00:00:00.000Z', late: true })]);
  });
});
