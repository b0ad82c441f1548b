import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildUptimeModel } from '../../../src/lib/uptime/day-model.ts';
import { SLA_CSV_COLUMNS, slaCsv, slaJson, slaTable } from '../../../src/lib/uptime/sla-export.ts';
import { slaMonth } from '../../../src/lib/uptime/sla-report.ts';
import { content, incident } from './plain-content.ts';

// EUR api: major outage 2 Mar 2026 10:00–11:30 = 90 min of 44 640 (31 days): 1 − 90/44 640 = 99.79 %.
const c = content({ incidents: [incident('2026/comma', ['EUR'], ['api'], 'major_outage', '2026-03-02T10:00:00Z', '2026-03-02T11:30:00Z')] });
c.regions[0]!.name = 'Europe, "West"';
const report = slaMonth(buildUptimeModel(c, '2026-04-10T00:00:00Z'), '2026-03', 99.9);

describe('SLA exports', () => {
  it('CSV: the documented columns, quoted where needed, one row per pair with data', () => {
    const rows = parse(slaCsv(report), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...SLA_CSV_COLUMNS]);
    expect(rows).toHaveLength(4); // EUR and NAM × sign-in and api; search never appears
    expect(rows[1]).toEqual({
      month: '2026-03',
      region: 'EUR',
      region_name: 'Europe, "West"',
      component: 'api',
      component_name: 'Web API',
      availability_percent: '99.79',
      target_percent: '99.9',
      met: 'false',
      credit_eligible: 'true',
      downtime_minutes: '90',
      excluded_maintenance_minutes: '0',
      measured_minutes: '44640',
      final: 'true',
      entries: 'incidents/2026/comma',
    });
  });

  it('JSON: the same figures with absolute entry links', () => {
    const json = slaJson(report, (p) => `https://status.example.com${p}`);
    expect(json).toMatchObject({ month: '2026-03', final: true, through: null, target_percent: 99.9 });
    expect(json.rows[1]).toMatchObject({ availability_percent: 99.79, met: false, credit_eligible: true, downtime_minutes: 90 });
    expect(json.rows[1]!.entries).toEqual([
      { id: 'incidents/2026/comma', title: 'Incident 2026/comma', url: 'https://status.example.com/incidents/2026/comma/', impact: 'major_outage' },
    ]);
  });

  it('table: one aligned line per pair', () => {
    const lines = slaTable(report).split('\n');
    expect(lines[0]).toBe('SLA 2026-03: target 99.9 %');
    expect(lines[3]!.split(/\s{2,}/)).toEqual(['EUR', 'api', '99.79 %', '99.9 %', 'missed, credit eligible', '90 min', 'incidents/2026/comma']);
  });
});
