import { describe, expect, it } from 'vitest';
import { barRow, barsHtml } from '../../../src/lib/display/uptime-bars.ts';
import { buildUptimeModel, pairKey } from '../../../src/lib/uptime/day-model.ts';
import { content, incident, maintenance } from '../uptime/plain-content.ts';

// The anchor release makes EUR × sign-in appear on 1 Jan 2026; now is 10 Jan 12:00.
const model = buildUptimeModel(
  content({
    incidents: [
      // 9 Jan 08:00–09:12 partial: 72 × 0.3 = 21.6 min: 1 − 21.6/1440 = 98.50 %.
      incident('a', ['EUR'], ['sign-in'], 'partial_outage', '2026-01-09T08:00:00Z', '2026-01-09T09:12:00Z'),
    ],
    maintenance: [
      maintenance('m', ['EUR'], ['sign-in'], { start: '2026-01-08T02:00:00Z', end: '2026-01-08T03:00:00Z' }, { announced: '2026-01-01T00:00:00Z', completed: '2026-01-08T03:00:00Z' }),
    ],
  }),
  '2026-01-10T12:00:00Z',
);
const row = barRow(model, [model.pairs.get(pairKey('EUR', 'sign-in'))!], 'Sign-in', '/components/sign-in/', 14);

describe('bars', () => {
  it('one per day, newest first, named and classed by the worst impact', () => {
    expect(row.days.map((d) => d.day.slice(8))).toEqual(['10', '09', '08', '07', '06', '05', '04', '03', '02', '01', '31', '30', '29', '28']);
    expect(row.days.map((d) => d.cls).join('')).toBe('opmooooooonnnn');
    expect(row.days[1]).toEqual({
      day: '2026-01-09',
      cls: 'p',
      label: '9 Jan 2026: 98.50 % available, partial outage; 1 incident: Incident a',
      href: '/incidents/a/',
    });
    expect(row.days[2]!.label).toBe('8 Jan 2026: 100.00 % available, under maintenance; 1 maintenance: Maintenance m');
    expect(row.days[0]).toEqual({ day: '2026-01-10', cls: 'o', label: '10 Jan 2026: 100.00 % available' });
    expect(row.days[13]).toEqual({ day: '2025-12-28', cls: 'n', label: '28 Dec 2025: no data' });
    expect(row.links).toEqual([
      { day: '2026-01-09', text: '9 Jan: partial outage', href: '/incidents/a/' },
      { day: '2026-01-08', text: '8 Jan: maintenance', href: '/maintenance/m/' },
    ]);
  });

  it('names the worst incident and the worst maintenance of a busy day, and counts the others', () => {
    const busy = buildUptimeModel(
      content({
        incidents: [
          incident('b', ['EUR'], ['sign-in'], 'degraded_performance', '2026-01-09T01:00:00Z', '2026-01-09T02:00:00Z'),
          incident('c', ['EUR'], ['sign-in'], 'major_outage', '2026-01-09T03:00:00Z', '2026-01-09T03:10:00Z'),
          incident('d', ['EUR'], ['sign-in'], 'partial_outage', '2026-01-09T05:00:00Z', '2026-01-09T06:00:00Z'),
        ],
        maintenance: [
          maintenance('m1', ['EUR'], ['sign-in'], { start: '2026-01-09T20:00:00Z', end: '2026-01-09T21:00:00Z' }, { announced: '2026-01-01T00:00:00Z', completed: '2026-01-09T21:00:00Z' }),
          maintenance('m2', ['EUR'], ['sign-in'], { start: '2026-01-09T22:00:00Z', end: '2026-01-09T23:00:00Z' }, { announced: '2026-01-01T00:00:00Z', completed: '2026-01-09T23:00:00Z' }),
        ],
      }),
      '2026-01-10T12:00:00Z',
    );
    const day = barRow(busy, [busy.pairs.get(pairKey('EUR', 'sign-in'))!], 'Sign-in', '/components/sign-in/', 2).days[1]!;
    expect(day.label).toMatch(/, major outage; 3 incidents: Incident c and 2 more; 2 maintenance: Maintenance m1 and 1 more$/);
    expect(day.href).toBe('/incidents/c/');
  });

  it('gives the 30- and 90-day figures over the days with data only', () => {
    // 1 Jan – 10 Jan 12:00 = 9 × 1440 + 720 = 13 680 min, minus 60 excluded = 13 620; 21.6 min down: 99.84 %.
    expect(row.last30).toBe('99.84 %');
    expect(row.last90).toBe('99.84 %');
  });

  it("are a pair's own, whichever page shows them and under whatever name (worked out once per model)", () => {
    const pair = model.pairs.get(pairKey('EUR', 'sign-in'))!;
    const onRegion = barRow(model, [pair], 'Sign-in', '/components/sign-in/');
    const onComponent = barRow(model, [pair], 'EUR · Europe', '/regions/eur/');
    expect(onRegion.days).toHaveLength(90);
    expect([onRegion.name, onRegion.href, onComponent.name, onComponent.href]).toEqual(['Sign-in', '/components/sign-in/', 'EUR · Europe', '/regions/eur/']);
    expect(onComponent.days).toEqual(onRegion.days);
    expect([onComponent.last30, onComponent.last90]).toEqual(['99.84 %', '99.84 %']);
    // A later model (a later build's now) is worked out on its own: 11 Jan is there, with data.
    const later = buildUptimeModel(content({ incidents: [], maintenance: [] }), '2026-01-11T12:00:00Z');
    const laterRow = barRow(later, [later.pairs.get(pairKey('EUR', 'sign-in'))!], 'Sign-in');
    expect(laterRow.days[0]).toEqual({ day: '2026-01-11', cls: 'o', label: '11 Jan 2026: 100.00 % available' });
    expect(laterRow.last90).toBe('100.00 %');
  });
});

describe('barsHtml', () => {
  it('writes each day as a list item, classed unless nothing happened, its label escaped as the templates escape text', () => {
    expect(
      barsHtml([
        { cls: 'x', label: '9 Jan 2026: 95.83 % available, major outage; 1 incident: <script>alert("x")</script> & \'more\'' },
        { cls: 'o', label: '8 Jan 2026: 100.00 % available' },
        { cls: 'n', label: '7 Jan 2026: no data' },
      ]),
    ).toBe(
      '<li class="x"><span>9 Jan 2026: 95.83 % available, major outage; 1 incident: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;</span></li>' +
        '<li><span>8 Jan 2026: 100.00 % available</span></li>' +
        '<li class="n"><span>7 Jan 2026: no data</span></li>',
    );
  });

  it("is the row's days, newest first", () => {
    expect(row.daysHtml.startsWith('<li><span>10 Jan 2026: ')).toBe(true);
    expect(row.daysHtml.match(/<li/g)).toHaveLength(14);
    expect(row.daysHtml).toContain('<li class="p"><span>9 Jan 2026: 98.50 % available, partial outage; 1 incident: Incident a</span></li>');
  });
});
