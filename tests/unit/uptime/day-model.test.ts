/**
 * The availability model on plain data. Every expected figure is worked out
 * by hand in the comment beside it: weighted minutes (major 100 %, partial
 * 30 %, degraded 0 %) over the minutes measured.
 */
import { describe, expect, it } from 'vitest';
import {
  availabilityBasisPoints,
  downtimeMinutes,
  formatAvailability,
  meetsTarget,
  pairAvailability,
} from '../../../src/lib/uptime/availability.ts';
import { buildUptimeModel, pairKey } from '../../../src/lib/uptime/day-model.ts';
import type { UptimeModel } from '../../../src/lib/uptime/day-model.ts';
import { slaMonth } from '../../../src/lib/uptime/sla-report.ts';
import { anchor, content, incident, maintenance } from './plain-content.ts';

const NOW = '2026-11-21T12:00:00.000Z';

const october = content({
  incidents: [
    // EUR sign-in, 5 Oct: major 10:00–11:00 overlapping partial 10:30–12:00.
    incident('overlap-major', ['EUR'], ['sign-in'], 'major_outage', '2026-10-05T10:00:00Z', '2026-10-05T11:00:00Z'),
    incident('overlap-partial', ['EUR'], ['sign-in'], 'partial_outage', '2026-10-05T10:30:00Z', '2026-10-05T12:00:00Z'),
    // NAM api: partial across midnight and the month end, 31 Oct 23:00 – 1 Nov 01:30.
    incident('month-end', ['NAM'], ['api'], 'partial_outage', '2026-10-31T23:00:00Z', '2026-11-01T01:30:00Z'),
    // Every region, sign-in: partial 20 Oct 00:00–01:00.
    incident('global', ['global'], ['sign-in'], 'partial_outage', '2026-10-20T00:00:00Z', '2026-10-20T01:00:00Z'),
    // EUR api: open major since 11:00 on the day of "now" (12:00).
    incident('open', ['EUR'], ['api'], 'major_outage', '2026-11-21T11:00:00Z'),
    // EUR search: the component's first appearance, 15 Oct 00:00–10:00 partial.
    incident('search-first', ['EUR'], ['search'], 'partial_outage', '2026-10-15T00:00:00Z', '2026-10-15T10:00:00Z'),
    // Degraded performance is shown but does not count.
    incident('slow', ['NAM'], ['sign-in'], 'degraded_performance', '2026-10-07T08:00:00Z', '2026-10-07T09:00:00Z'),
  ],
  maintenance: [
    // EUR api: planned, announced 9 days ahead, inside its window 02:00–04:00, done at 03:00: excluded.
    maintenance('inside', ['EUR'], ['api'], { start: '2026-10-10T02:00:00Z', end: '2026-10-10T04:00:00Z' }, { announced: '2026-10-01T00:00:00Z', completed: '2026-10-10T03:00:00Z' }),
    // NAM sign-in: planned, window 02:00–03:00, completed 04:00: 60 min excluded, 60 min past the window count.
    maintenance('overran', ['NAM'], ['sign-in'], { start: '2026-10-12T02:00:00Z', end: '2026-10-12T03:00:00Z' }, { announced: '2026-10-01T00:00:00Z', completed: '2026-10-12T04:00:00Z' }),
    // NAM api: planned but announced 2 days ahead (notice is 5 days): its hour counts.
    maintenance('late', ['NAM'], ['api'], { start: '2026-10-25T02:00:00Z', end: '2026-10-25T03:00:00Z' }, { announced: '2026-10-23T02:00:00Z', completed: '2026-10-25T03:00:00Z' }),
  ],
  releases: [anchor],
});

const model = buildUptimeModel(october, NOW);
const pair = (m: UptimeModel, region: string, component: string) => m.pairs.get(pairKey(region, component))!;
const day = (m: UptimeModel, region: string, component: string, d: string) => pairAvailability(m, pair(m, region, component), d, d);

describe('one day', () => {
  it('overlapping incidents take the worst at each instant, never twice', () => {
    // 10:00–11:00 major (60 min) + 11:00–12:00 partial (60 × 0.3 = 18 min) = 78 min; 1 − 78/1440 = 94.58 %.
    const a = day(model, 'EUR', 'sign-in', '2026-10-05');
    expect(downtimeMinutes(a)).toBe(78);
    expect(formatAvailability(a)).toBe('94.58 %');
    const rec = pair(model, 'EUR', 'sign-in').days.get('2026-10-05')!;
    expect(rec.worst).toBe('major_outage');
    expect(rec.entries.map((e) => e.key)).toEqual(['incidents/overlap-major', 'incidents/overlap-partial']);
  });

  it('splits an incident at midnight and at the month end', () => {
    // 31 Oct 23:00–24:00: 60 × 0.3 = 18 min; 1 Nov 00:00–01:30: 90 × 0.3 = 27 min.
    expect(downtimeMinutes(day(model, 'NAM', 'api', '2026-10-31'))).toBe(18);
    expect(downtimeMinutes(day(model, 'NAM', 'api', '2026-11-01'))).toBe(27);
    expect(pair(model, 'NAM', 'api').days.get('2026-11-01')!.entries.map((e) => e.key)).toEqual(['incidents/month-end']);
  });

  it('counts an open incident up to now, and today only up to now', () => {
    // 11:00–12:00 major = 60 min over the 720 minutes of the day so far: 91.66 %.
    const a = day(model, 'EUR', 'api', '2026-11-21');
    expect(a.measured).toBe(720 * 60);
    expect(downtimeMinutes(a)).toBe(60);
    expect(formatAvailability(a)).toBe('91.66 %');
  });

  it('reaches every region with a global incident', () => {
    for (const region of ['EUR', 'NAM']) expect(downtimeMinutes(day(model, region, 'sign-in', '2026-10-20'))).toBe(18);
    expect(pair(model, 'NAM', 'api').days.has('2026-10-20')).toBe(false);
  });

  it('excludes planned maintenance announced in time and shows it as maintenance', () => {
    const a = day(model, 'EUR', 'api', '2026-10-10');
    expect(a.measured).toBe((1440 - 60) * 60);
    expect(a.downtime).toBe(0);
    expect(formatAvailability(a)).toBe('100.00 %');
    expect(pair(model, 'EUR', 'api').days.get('2026-10-10')!.worst).toBe('under_maintenance');
  });

  it('counts work past its window at its impact', () => {
    // 02:00–03:00 excluded; 03:00–04:00 under maintenance counts fully: 1 − 60/1380 = 95.65 %.
    const a = day(model, 'NAM', 'sign-in', '2026-10-12');
    expect(a.excluded).toBe(3600);
    expect(downtimeMinutes(a)).toBe(60);
    expect(formatAvailability(a)).toBe('95.65 %');
  });

  it('counts planned maintenance announced late', () => {
    // 60 min, nothing excluded: 1 − 60/1440 = 95.83 %.
    const a = day(model, 'NAM', 'api', '2026-10-25');
    expect(a.excluded).toBe(0);
    expect(formatAvailability(a)).toBe('95.83 %');
  });

  it('shows degraded performance without counting it', () => {
    const a = day(model, 'NAM', 'sign-in', '2026-10-07');
    expect(a.downtime).toBe(0);
    expect(formatAvailability(a)).toBe('100.00 %');
    expect(pair(model, 'NAM', 'sign-in').days.get('2026-10-07')!.worst).toBe('degraded_performance');
  });

  it('has no data before a component first appears, not 100 %', () => {
    expect(pair(model, 'EUR', 'search').firstDay).toBe('2026-10-15');
    expect(formatAvailability(day(model, 'EUR', 'search', '2026-10-14'))).toBe('no data');
    // NAM never had anything on search, but search appeared in EUR: NAM × search has data from then.
    expect(pair(model, 'NAM', 'search').firstDay).toBe('2026-10-15');
  });

  it('never shows 100.00 % on a day with downtime', () => {
    const m = buildUptimeModel(content({ incidents: [incident('blip', ['EUR'], ['api'], 'major_outage', '2026-06-01T08:00:00Z', '2026-06-01T08:00:01Z')] }), NOW);
    const a = day(m, 'EUR', 'api', '2026-06-01');
    expect(a.downtime).toBe(100);
    expect(availabilityBasisPoints(a)).toBe(9999);
    expect(formatAvailability(a)).toBe('99.99 %');
    expect(downtimeMinutes(a)).toBe(0.1);
  });
});

describe('the October SLA report', () => {
  const report = slaMonth(model, '2026-10', 99.9);
  const row = (region: string, component: string) => report.rows.find((r) => r.region === region && r.component === component)!;

  it('is final once the month is over', () => expect(report.final).toBe(true));

  it('misses the target on EUR sign-in (credit eligible)', () => {
    // 78 min (5 Oct) + 18 min (20 Oct) = 96 min of 44 640: 99.78 %.
    expect(row('EUR', 'sign-in')).toMatchObject({ downtimeMinutes: 96, shown: '99.78 %', met: false, creditEligible: true });
    expect(row('EUR', 'sign-in').availability.entries.map((e) => e.key)).toEqual(['incidents/overlap-major', 'incidents/overlap-partial', 'incidents/global']);
  });

  it('takes excluded maintenance out of the measured minutes', () => {
    // 18 min (global) + 60 min past the window = 78 min of 44 640 − 60 = 44 580: 99.82 %.
    expect(row('NAM', 'sign-in')).toMatchObject({ downtimeMinutes: 78, measuredMinutes: 44_580, excludedMinutes: 60, shown: '99.82 %', met: false });
    // EUR api: 60 min excluded, no downtime.
    expect(row('EUR', 'api')).toMatchObject({ downtimeMinutes: 0, measuredMinutes: 44_580, shown: '100.00 %', met: true, creditEligible: false });
  });

  it('counts only the part of a month-crossing incident inside the month', () => {
    // 18 min (31 Oct) + 60 min late-announced maintenance = 78 min of 44 640: 99.82 %.
    expect(row('NAM', 'api')).toMatchObject({ downtimeMinutes: 78, measuredMinutes: 44_640, shown: '99.82 %' });
  });

  it('measures a component added mid-month from its first day', () => {
    // 15–31 Oct = 17 days = 24 480 min; 600 × 0.3 = 180 min: 99.26 %.
    expect(row('EUR', 'search')).toMatchObject({ measuredMinutes: 24_480, downtimeMinutes: 180, shown: '99.26 %' });
  });

  it('says a month is still running', () => {
    const november = slaMonth(model, '2026-11', 99.9);
    expect(november.final).toBe(false);
    // 1–20 Nov and 12 h of the 21st.
    expect(november.rows.find((r) => r.region === 'NAM' && r.component === 'api')!.measuredMinutes).toBe(20 * 1440 + 720);
  });

  it('filters by region', () => {
    expect(new Set(slaMonth(model, '2026-10', 99.9, { region: 'NAM' }).rows.map((r) => r.region))).toEqual(new Set(['NAM']));
  });
});

describe('February in a leap year', () => {
  // 41 min of major outage: 1 − 41/41 760 (29 days) = 99.90 %, met; in a 28-day February it would be 99.89 %.
  const m = buildUptimeModel(
    content({ incidents: [incident('feb', ['EUR'], ['api'], 'major_outage', '2028-02-29T10:00:00Z', '2028-02-29T10:41:00Z')] }),
    '2028-03-05T00:00:00Z',
  );
  it('measures 29 days', () => {
    const r = slaMonth(m, '2028-02', 99.9).rows.find((x) => x.region === 'EUR' && x.component === 'api')!;
    expect(r).toMatchObject({ measuredMinutes: 41_760, downtimeMinutes: 41, shown: '99.90 %', met: true });
  });
  it('compares the target exactly', () => {
    // 40.32 min of 40 320 is exactly 99.9 %: met; one second more is not.
    expect(meetsTarget({ measured: 40_320 * 60, downtime: 4032 * 60 }, 99.9)).toBe(true);
    expect(meetsTarget({ measured: 40_320 * 60, downtime: 4032 * 60 + 100 }, 99.9)).toBe(false);
  });
});
