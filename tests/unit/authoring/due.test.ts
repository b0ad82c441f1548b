import { describe, expect, it } from 'vitest';
import { dueItems, formatDueItem } from '../../../src/lib/authoring/due.ts';
import { incidentSchema, maintenanceSchema, releaseSchema } from '../../../src/lib/content/schema.ts';
import type { Content } from '../../../src/lib/content/types.ts';

const NOW = '2026-11-21T12:00:00.000Z';
const site = { title: 'S', url: 'https://s.example', sla: 99.9, pir_business_days: 5, maintenance_notice_days: 5, holidays: [] };

const incident = (id: string, fields: Record<string, unknown>) => ({
  collection: 'incidents' as const,
  id,
  file: `content/incidents/${id}.md`,
  body: '',
  data: incidentSchema.parse({
    title: `Incident ${id}`,
    severity: 'major',
    impact: 'major_outage',
    regions: ['EUR'],
    components: ['api'],
    started: '2026-11-01T08:00:00Z',
    updates: [{ at: '2026-11-01T08:10:00Z', status: 'investigating', text: 'x' }],
    ...fields,
  }),
});

const maintenance = (id: string, start: string, announced: string, fields: Record<string, unknown> = {}) => ({
  collection: 'maintenance' as const,
  id,
  file: `content/maintenance/${id}.md`,
  body: '',
  data: maintenanceSchema.parse({
    title: `Maintenance ${id}`,
    type: 'planned',
    regions: ['NAM'],
    window: { start, end: new Date(Date.parse(start) + 3_600_000).toISOString() },
    announced,
    ...fields,
  }),
});

const release = (id: string, firstStage: string, type = 'major') => ({
  collection: 'releases' as const,
  id,
  file: `content/releases/${id}.md`,
  body: '',
  data: releaseSchema.parse({
    title: `Release ${id}`,
    type,
    version: '9.3',
    announced: '2026-06-01T00:00:00Z',
    components: ['api'],
    rollout: [{ regions: ['FRA'], at: firstStage }],
  }),
});

const content = (parts: Partial<Content>): Content => ({
  site,
  regions: [],
  components: [],
  incidents: [],
  maintenance: [],
  releases: [],
  notices: [],
  ...parts,
});

describe('dueItems', () => {
  it('lists PIRs due and overdue with their deadlines, overdue first', () => {
    const items = dueItems(
      content({
        incidents: [
          incident('2026/due', { resolved: '2026-11-18T09:15:00Z', updates: [{ at: '2026-11-18T09:15:00Z', status: 'resolved', text: 'x' }], started: '2026-11-18T06:40:00Z' }),
          incident('2026/overdue', { resolved: '2026-11-05T08:05:00Z', updates: [{ at: '2026-11-05T08:05:00Z', status: 'resolved', text: 'x' }] }),
          incident('2026/published', { resolved: '2026-11-05T08:05:00Z', pir_published: '2026-11-06T08:00:00Z', updates: [{ at: '2026-11-05T08:05:00Z', status: 'resolved', text: 'x' }] }),
          incident('2026/minor', { severity: 'minor', resolved: '2026-11-18T09:15:00Z', updates: [{ at: '2026-11-18T09:15:00Z', status: 'resolved', text: 'x' }] }),
          incident('2026/open', {}),
        ],
      }),
      NOW,
    );
    expect(items.map((i) => [i.state, i.key, i.at])).toEqual([
      ['overdue', 'incidents/2026/overdue', '2026-11-13T00:00:00.000Z'],
      ['due', 'incidents/2026/due', '2026-11-26T00:00:00.000Z'],
    ]);
    expect(formatDueItem(items[0]!)).toBe('overdue  incidents/2026/overdue: PIR overdue since 2026-11-12 24:00 UTC — Incident 2026/overdue');
    expect(formatDueItem(items[1]!)).toBe('due      incidents/2026/due: PIR due by 2026-11-25 24:00 UTC — Incident 2026/due');
  });

  it('lists planned maintenance starting within the notice period that is announced late or not yet', () => {
    const items = dueItems(
      content({
        maintenance: [
          maintenance('2026/late', '2026-11-24T03:00:00Z', '2026-11-20T09:00:00Z'),
          maintenance('2026/unannounced', '2026-11-25T03:00:00Z', '2026-11-22T09:00:00Z'),
          maintenance('2026/notice-soon', '2026-12-01T03:00:00Z', '2026-11-28T09:00:00Z'),
          maintenance('2026/on-time', '2026-11-24T03:00:00Z', '2026-11-10T09:00:00Z'),
          maintenance('2026/unplanned', '2026-11-22T03:00:00Z', '2026-11-21T11:00:00Z', { type: 'unplanned' }),
          maintenance('2026/cancelled', '2026-11-22T03:00:00Z', '2026-11-21T11:00:00Z', { cancelled: true }),
          maintenance('2026/far', '2027-02-01T03:00:00Z', '2027-01-30T09:00:00Z'),
        ],
      }),
      NOW,
    );
    expect(items.map((i) => [i.state, i.key, i.at])).toEqual([
      ['overdue', 'maintenance/2026/late', '2026-11-19T03:00:00.000Z'],
      ['overdue', 'maintenance/2026/unannounced', '2026-11-20T03:00:00.000Z'],
      ['due', 'maintenance/2026/notice-soon', '2026-11-26T03:00:00.000Z'],
    ]);
    expect(items[1]!.what).toBe('maintenance notice overdue since 2026-11-20 03:00 UTC (starts 2026-11-25 03:00 UTC, not announced until 2026-11-22 09:00 UTC)');
  });

  it('lists major-release notices in the next 14 days, not minor releases or later notices', () => {
    const items = dueItems(
      content({ releases: [release('2026/wave', '2026-12-30T18:00:00Z'), release('2026/minor', '2026-12-30T18:00:00Z', 'minor'), release('2026/past', '2026-11-20T18:00:00Z')] }),
      NOW,
    );
    expect(items.map((i) => [i.key, i.at, i.what])).toEqual([
      ['releases/2026/wave', '2026-11-30T18:00:00.000Z', 'major-release notice (30 days before the first stage) on 2026-11-30 18:00 UTC'],
    ]);
  });

  it('is empty when nothing is due', () => {
    expect(dueItems(content({}), NOW)).toEqual([]);
  });
});
