import { describe, expect, it } from 'vitest';
import { formatDailyWindow, formatDay, formatMonth, formatUtc, formatUtcDate, formatUtcTime } from '../../../src/lib/display/format.ts';

describe('UTC formatting', () => {
  it('spells out a time in UTC whatever the machine zone', () => {
    expect(formatUtc('2026-11-21T10:05:00.000Z')).toBe('21 Nov 2026, 10:05 UTC');
    expect(formatUtcDate('2026-11-21T23:59:00.000Z')).toBe('21 Nov 2026');
    expect(formatUtcTime('2026-11-21T00:30:00.000Z')).toBe('00:30 UTC');
  });

  it('names days and months', () => {
    expect(formatDay('2026-11-21')).toBe('Saturday 21 November 2026');
    expect(formatMonth('2027-01')).toBe('January 2027');
  });

  it('says when a daily window ends the next day', () => {
    expect(formatDailyWindow('02:00-11:00')).toBe('02:00–11:00 UTC');
    expect(formatDailyWindow('18:00-03:00')).toBe('18:00–03:00 UTC (ends next day)');
  });
});
