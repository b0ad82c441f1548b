import { describe, expect, it } from 'vitest';
import { parseIsoTime } from '../../../src/lib/time/iso.ts';
import { resolveNow } from '../../../src/lib/time/now.ts';

describe('parseIsoTime', () => {
  it.each([
    ['2026-11-24T03:00Z', '2026-11-24T03:00:00.000Z'],
    ['2026-11-24T03:00:00Z', '2026-11-24T03:00:00.000Z'],
    ['2026-11-24T03:00:00.5Z', '2026-11-24T03:00:00.500Z'],
    ['2026-11-24T05:00:00+02:00', '2026-11-24T03:00:00.000Z'],
    ['2026-11-24T00:30:00-05:00', '2026-11-24T05:30:00.000Z'],
    ['2026-11-24T17:00:00+14:00', '2026-11-24T03:00:00.000Z'],
    ['2026-11-24T03:00:00-12:00', '2026-11-24T15:00:00.000Z'],
    ['2026-11-24T08:45:00+0545', '2026-11-24T03:00:00.000Z'],
  ])('normalises %s to UTC', (text, iso) => {
    expect(parseIsoTime(text)).toEqual({ ok: true, iso });
  });

  it.each([
    ['2026-11-24', 'a date alone'],
    ['2026-11-24T03:00:00', 'a time without a zone'],
    ['2026-02-30T00:00Z', 'an impossible date or time'],
    ['2026-11-24T24:00Z', 'an impossible date or time'],
    ['2026-13-01T00:00Z', 'an impossible date or time'],
    ['24 Nov 2026', 'not an ISO 8601 time'],
    ['2026-10-21T14:05:00+25:00', 'an offset that is no real UTC offset (+25:00; offsets run from -12:00 to +14:00)'],
    ['2026-10-21T14:05:00+01:60', 'an offset that is no real UTC offset (+01:60; offsets run from -12:00 to +14:00)'],
    ['2026-10-21T14:05:00-00:75', 'an offset that is no real UTC offset (-00:75; offsets run from -12:00 to +14:00)'],
    ['2026-10-21T14:05:00+14:01', 'an offset that is no real UTC offset (+14:01; offsets run from -12:00 to +14:00)'],
    ['2026-10-21T14:05:00-12:30', 'an offset that is no real UTC offset (-12:30; offsets run from -12:00 to +14:00)'],
  ])('refuses %s as %s', (text, reason) => {
    expect(parseIsoTime(text)).toEqual({ ok: false, reason });
  });
});

describe('resolveNow', () => {
  it('uses HELIOGRAPH_NOW when set', () => {
    expect(resolveNow({ HELIOGRAPH_NOW: '2026-11-21T13:00:00+01:00' })).toBe('2026-11-21T12:00:00.000Z');
  });

  it('uses the clock otherwise', () => {
    expect(resolveNow({}, () => Date.parse('2027-01-01T00:00:00Z'))).toBe('2027-01-01T00:00:00.000Z');
  });

  it('refuses a pinned time without a zone with a message naming the variable', () => {
    expect(() => resolveNow({ HELIOGRAPH_NOW: '2026-11-21 12:00' })).toThrow(/HELIOGRAPH_NOW: found "2026-11-21 12:00"/);
  });
});
