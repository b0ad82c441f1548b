import { describe, expect, it } from 'vitest';
import { formatDailyWindow, formatDay, formatMonth, formatUtc, formatUtcDate, formatUtcTime } from '../../../src/lib/display/format.ts';

describe('UTC formatting', () => {
  it('spells out a time in UTC whatever the machine zone', () => {
    expect(formatUtc('2026-11-21T10:05:00.000Z')).toBe('21 Nov 2026, 10:05 UTC');
    expect(formatUtcDate('2026-11-21T23:59:00.000Z')).toBe('21 Nov 2026');
    expect(formatUtcTime('2026-11-21T00:30:00.000Z')).toBe('00:30 UTC');
  });

  it('reads stored times straight from the text, and leaves anything else to luxon', () => {
    expect(formatUtc('2027-01-01T00:00:00Z')).toBe('1 Jan 2027, 00:00 UTC');
    expect(formatUtc('2026-02-28T23:59:59.999Z')).toBe('28 Feb 2026, 23:59 UTC');
    expect(formatUtc('2024-02-29T07:30Z')).toBe('29 Feb 2024, 07:30 UTC');
    expect(formatUtcDate('2026-12-31T12:00:00Z')).toBe('31 Dec 2026');
    expect(formatUtcTime('2026-06-15T09:07:00Z')).toBe('09:07 UTC');
    // An offset is converted to UTC, not read as it stands.
    expect(formatUtc('2026-11-21T10:05:00+02:00')).toBe('21 Nov 2026, 08:05 UTC');
    expect(formatUtcDate('2026-11-21T01:00:00+03:00')).toBe('20 Nov 2026');
    // An impossible date is not printed as if it were one.
    expect(formatUtc('2026-02-30T10:00:00Z')).toBe('Invalid DateTime UTC');
    // Leap years by the Gregorian rule: 2000 was one, 1900 and 2100 are not.
    expect(formatUtcDate('2000-02-29T00:00:00Z')).toBe('29 Feb 2000');
    expect(formatUtcDate('2100-02-29T00:00:00Z')).toBe('Invalid DateTime');
    expect(formatUtcDate('2026-04-31T00:00:00Z')).toBe('Invalid DateTime');
    expect(formatUtcDate('2026-12-31T00:00:00Z')).toBe('31 Dec 2026');
    expect(formatUtcTime('2026-11-21T24:00:00Z')).not.toBe('24:00 UTC');
  });

  it('names days and months', () => {
    expect(formatDay('2026-11-21')).toBe('Saturday 21 November 2026');
    expect(formatMonth('2027-01')).toBe('January 2027');
    expect(formatDay('2027-01-01')).toBe('Friday 1 January 2027');
    expect(formatDay('2024-02-29')).toBe('Thursday 29 February 2024');
    expect(formatDay('2026-12-06')).toBe('Sunday 6 December 2026');
    expect(formatMonth('2026-12')).toBe('December 2026');
    // Not a day or month: not printed as if it were one.
    expect(formatDay('2026-02-30')).not.toContain('30 February');
    expect(formatMonth('2026-13')).not.toContain('2026');
  });

  it('says when a daily window ends the next day', () => {
    expect(formatDailyWindow('02:00-11:00')).toBe('02:00–11:00 UTC');
    expect(formatDailyWindow('18:00-03:00')).toBe('18:00–03:00 UTC (ends next day)');
  });
});
