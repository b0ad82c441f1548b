import { describe, expect, it } from 'vitest';
import { readableDeadline, readableTime } from '../../../src/lib/time/readable.ts';

describe('times as the commands print them', () => {
  it('writes a time in UTC to the minute', () => {
    expect(readableTime('2026-11-28T00:00:00.000Z')).toBe('2026-11-28 00:00 UTC');
    expect(readableTime('2026-11-26T09:30:59.999Z')).toBe('2026-11-26 09:30 UTC');
  });

  it('writes a deadline at midnight as the end of the day before', () => {
    expect(readableDeadline('2026-11-26T00:00:00.000Z')).toBe('2026-11-25 24:00 UTC');
    // The first of a month and of a year: the day before is in the month and year before.
    expect(readableDeadline('2027-01-01T00:00:00.000Z')).toBe('2026-12-31 24:00 UTC');
    expect(readableDeadline('2026-11-26T09:30:00.000Z')).toBe('2026-11-26 09:30 UTC');
  });
});
