import { describe, expect, it } from 'vitest';
import { localWindow } from '../../../src/lib/display/local-window.ts';

const NAM = [2 * 60, 9 * 60] as const; // 02:00-11:00 UTC
const EUR = [18 * 60, 9 * 60] as const; // 18:00-03:00 UTC

describe('localWindow', () => {
  it('converts the window on the day of "now" to the visitor zone', () => {
    const now = Date.parse('2026-11-21T12:00:00Z');
    expect(localWindow(...NAM, now, 'Asia/Tokyo')).toEqual({ start: '11:00', end: '20:00', endsNextDay: false, zone: 'Asia/Tokyo' });
    expect(localWindow(...NAM, now, 'America/New_York')).toEqual({ start: '21:00', end: '06:00', endsNextDay: true, zone: 'America/New_York' });
    expect(localWindow(...EUR, now, 'UTC')).toEqual({ start: '18:00', end: '03:00', endsNextDay: true, zone: 'UTC' });
  });

  it('follows daylight saving time by date', () => {
    const summer = Date.parse('2026-07-01T12:00:00Z');
    expect(localWindow(...NAM, summer, 'America/New_York')).toMatchObject({ start: '22:00', end: '07:00' });
    expect(localWindow(...EUR, summer, 'Europe/Berlin')).toMatchObject({ start: '20:00', end: '05:00', endsNextDay: true });
  });
});
