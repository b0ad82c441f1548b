import { describe, expect, it } from 'vitest';
import { statusGrid } from '../../../src/lib/display/grid.ts';
import { incident, maintenance, plainIndex } from './plain.ts';

describe('statusGrid', () => {
  const index = plainIndex({
    incidents: [incident('2026/gbr-api', { impact: 'major_outage', regions: ['GBR'], components: ['api', 'sign-in'] })],
    maintenance: [maintenance('2026/oce', { regions: ['OCE'], components: ['storage'] })],
  });
  const grid = statusGrid(index);

  it('puts affected regions first, worst first, then the rest in configured order', () => {
    expect(grid.rows.map((r) => [r.code, r.affected])).toEqual([
      ['GBR', true],
      ['OCE', true],
      ['EUR', false],
      ['JPN', false],
    ]);
  });

  it('names the components affected in a cell', () => {
    const gbr = grid.rows[0]!;
    expect(gbr.cells.find((c) => c.group === 'Platform')).toMatchObject({ status: 'major_outage', label: 'Major outage', components: ['Sign-in', 'Web API'], tone: 'outage' });
    expect(grid.rows[1]!.cells.find((c) => c.group === 'Data')).toMatchObject({ status: 'under_maintenance', components: ['File storage'] });
    expect(grid.rows[2]!.cells.every((c) => c.components.length === 0 && c.label === 'Operational')).toBe(true);
  });

  it('summarises the operational rest', () => {
    expect(grid.operational.text).toBe('2 regions operational');
    expect(grid.operational.regions.map((r) => [r.name, r.href])).toEqual([
      ['Europe', '/regions/eur/'],
      ['Japan', '/regions/jpn/'],
    ]);
  });
});
