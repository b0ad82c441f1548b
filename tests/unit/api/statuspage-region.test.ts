import { describe, expect, it } from 'vitest';
import { STATUSPAGE_FILES, statuspagePath } from '../../../src/lib/api/statuspage-files.ts';
import { componentsJson, incidentsJson, spPage, statusJson, summaryJson, unresolvedIncidentsJson, upcomingMaintenancesJson } from '../../../src/lib/api/statuspage.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { content, incident, LATER, maintenance, NOW } from '../feeds/sample-content.ts';

const entries = {
  incidents: [
    incident('2026/eur', ['EUR'], '2026-11-21T10:00:00.000Z', { impact: 'major_outage' }),
    incident('2026/nam', ['NAM'], '2026-11-21T09:00:00.000Z', { impact: 'degraded_performance' }),
    incident('2026/everywhere', ['global'], '2026-11-20T09:00:00.000Z', { resolved: '2026-11-20T10:00:00.000Z' }),
  ],
  maintenance: [
    maintenance('2026/nam-next', ['NAM'], '2026-11-24T03:00:00.000Z', '2026-11-24T05:00:00.000Z'),
    maintenance('2026/eur-cancelled', ['EUR'], '2026-11-25T19:00:00.000Z', '2026-11-25T21:00:00.000Z', { cancelled: true }),
  ],
};
const index = buildIndex(content(entries), NOW);

describe('a region as its own Statuspage page', () => {
  it('has a page URL without a trailing slash, under the site URL', () => {
    expect(spPage(index, 'EUR')).toMatchObject({ id: 'status.example.com/regions/eur', url: 'https://status.example.com/regions/eur', name: 'Status: Europe (EUR)' });
    expect(spPage(buildIndex({ ...content(entries), site: { ...content().site, url: 'https://example.com/status/' } }, NOW), 'EUR').url).toBe('https://example.com/status/regions/eur');
  });

  it('lists its components without a group, with the ids the site-wide file uses', () => {
    const regional = componentsJson(index, 'EUR').components;
    expect(regional.map((c) => [c.id, c.name, c.group, c.group_id])).toEqual(index.components.map((c) => [`eur.${c.id}`, c.name, false, null]));
    const siteWide = componentsJson(index).components.filter((c) => c.group_id === 'eur');
    expect(siteWide.map((c) => c.id)).toEqual(regional.map((c) => c.id));
    expect(regional.find((c) => c.id === 'eur.sign-in')?.status).toBe('major_outage');
  });

  it('keeps component ids across builds: another time, more content', () => {
    const later = buildIndex(content({ ...entries, incidents: [...entries.incidents, incident('2026/new', ['EUR'], '2026-11-30T10:00:00.000Z')] }), LATER);
    for (const region of [undefined, 'EUR', 'NAM']) {
      expect(componentsJson(later, region).components.map((c) => c.id)).toEqual(componentsJson(index, region).components.map((c) => c.id));
    }
  });

  it('holds its own incidents and global ones, with only its own components affected', () => {
    expect(incidentsJson(index, 'EUR').incidents.map((i) => i.id)).toEqual(['incidents/2026/eur', 'incidents/2026/everywhere']);
    expect(incidentsJson(index, 'NAM').incidents.map((i) => i.id)).toEqual(['incidents/2026/nam', 'incidents/2026/everywhere']);
    expect(unresolvedIncidentsJson(index, 'NAM').incidents.map((i) => i.id)).toEqual(['incidents/2026/nam']);
    const everywhere = incidentsJson(index, 'NAM').incidents[1]!;
    expect(everywhere.components.map((c) => c.id)).toEqual(['nam.sign-in']);
    expect(everywhere.components[0]!.group_id).toBeNull();
    expect(everywhere.page_id).toBe('status.example.com/regions/nam');
  });

  it('takes its status from its own open incidents', () => {
    expect(statusJson(index, 'EUR').status.indicator).toBe('critical');
    expect(statusJson(index, 'NAM').status.indicator).toBe('minor');
    expect(statusJson(index).status.indicator).toBe('critical');
  });

  it('leaves cancelled and other regions’ work out of upcoming and the summary', () => {
    expect(upcomingMaintenancesJson(index, 'NAM').scheduled_maintenances.map((m) => m.id)).toEqual(['maintenance/2026/nam-next']);
    expect(upcomingMaintenancesJson(index, 'EUR').scheduled_maintenances).toEqual([]);
    expect(summaryJson(index, 'EUR').scheduled_maintenances).toEqual([]);
  });
});

describe('STATUSPAGE_FILES', () => {
  it('names the eight Statuspage files at both roots', () => {
    expect(STATUSPAGE_FILES.map((f) => statuspagePath(f.file))).toEqual([
      '/api/v2/summary.json',
      '/api/v2/status.json',
      '/api/v2/components.json',
      '/api/v2/incidents.json',
      '/api/v2/incidents/unresolved.json',
      '/api/v2/scheduled-maintenances.json',
      '/api/v2/scheduled-maintenances/upcoming.json',
      '/api/v2/scheduled-maintenances/active.json',
    ]);
    expect(statuspagePath('summary.json', 'GCC-HIGH')).toBe('/regions/gcc-high/api/v2/summary.json');
  });
});
