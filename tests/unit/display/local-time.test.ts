import { describe, expect, it } from 'vitest';
import { isUtcZone, localTimeText, timeMode, zoneCity } from '../../../src/lib/display/local-time.ts';

const at = (iso: string) => Date.parse(iso);

describe('localTimeText', () => {
  it('gives the local time on a 24-hour clock with the city of the zone', () => {
    expect(localTimeText(at('2026-11-21T11:47:00Z'), 'en', 'Europe/Berlin')).toBe('12:47 in your time zone (Berlin)');
    expect(localTimeText(at('2026-11-21T11:47:00Z'), 'en', 'America/New_York')).toBe('06:47 in your time zone (New York)');
  });

  it('adds the date when the local day is not the UTC day, in the page’s language', () => {
    expect(localTimeText(at('2026-11-21T17:15:00Z'), 'en', 'Asia/Tokyo')).toBe('Nov 22, 2026, 02:15 in your time zone (Tokyo)');
    expect(localTimeText(at('2026-11-21T03:00:00Z'), 'en', 'America/New_York')).toBe('Nov 20, 2026, 22:00 in your time zone (New York)');
  });

  it('knows UTC under its other names, and the remembered mode', () => {
    expect(isUtcZone('UTC')).toBe(true);
    expect(isUtcZone('Etc/UTC')).toBe(true);
    expect(isUtcZone('Europe/London')).toBe(false);
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(timeMode(null)).toBe('local');
    expect(timeMode('utc')).toBe('utc');
    expect(timeMode('nonsense')).toBe('local');
  });
});
