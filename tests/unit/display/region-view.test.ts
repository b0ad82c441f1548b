import { describe, expect, it } from 'vitest';
import { regionView } from '../../../src/lib/display/region-view.ts';
import { incident, maintenance, plainIndex, release } from './plain.ts';

describe('regionView', () => {
  const index = plainIndex({
    incidents: [
      incident('2026/eur-open', {
        impact: 'major_outage',
        regions: ['EUR', 'GBR'],
        workaround: 'Stay signed in.',
        updates: [
          { at: '2026-11-21T10:05:00.000Z', status: 'investigating', text: 'Looking.' },
          { at: '2026-11-21T11:47:00.000Z', status: 'identified', text: 'Found it.' },
          { at: '2026-11-21T12:30:00.000Z', status: 'monitoring', text: 'Not posted yet.' },
        ],
      }),
      incident('2026/eur-old', { regions: ['EUR'], started: '2026-11-10T10:00:00.000Z', resolved: '2026-11-10T11:00:00.000Z' }),
    ],
    maintenance: [
      maintenance('2026/eur-now', { regions: ['EUR'], window: { start: '2026-11-21T11:00:00.000Z', end: '2026-11-21T13:00:00.000Z' } }),
      maintenance('2026/eur-soon', { regions: ['EUR'], window: { start: '2026-11-25T19:00:00.000Z', end: '2026-11-25T21:00:00.000Z' } }),
    ],
    releases: [release('2026/weekly', [{ regions: ['EUR'], at: '2026-11-23T19:00:00.000Z' }])],
  });
  const view = regionView(index, 'EUR');

  it('leads with the open incident, then active maintenance, with the latest posted update and workaround', () => {
    expect(view.now.map((n) => n.entry.id)).toEqual(['2026/eur-open', '2026/eur-now']);
    expect(view.now[0]).toMatchObject({ state: 'Major outage · Identified', workaround: 'Stay signed in.', latest: { text: 'Found it.' } });
    expect(view.now[1]).toMatchObject({ state: 'In progress', until: '2026-11-21T13:00:00.000Z' });
  });

  it('states every component, the affected one included', () => {
    expect(view.status).toBe('major_outage');
    expect(view.components.find((c) => c.id === 'sign-in')).toMatchObject({ label: 'Major outage', href: '/components/sign-in/' });
  });

  it('keeps what is coming up, soonest first, apart from the past, newest first', () => {
    expect(view.comingUp.map((i) => i.title)).toEqual(['2026/weekly reaches EUR', 'Database update for 2026/weekly', '2026/eur-soon']);
    expect(view.past.map((i) => i.href)).toEqual(['/maintenance/2026/eur-now/', '/incidents/2026/eur-open/', '/incidents/2026/eur-old/']);
  });
});
