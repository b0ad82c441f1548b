import { describe, expect, it } from 'vitest';
import { fitsDailyWindow, occurrenceOn, parseDailyWindow } from '../../../src/lib/time/daily-window.ts';

const at = (iso: string) => Date.parse(iso);

describe('parseDailyWindow', () => {
  it('reads a same-day window', () => {
    expect(parseDailyWindow('02:00-11:00')).toEqual({ start: 120, end: 660, crossesMidnight: false, length: 540 });
  });

  it('reads a window crossing midnight UTC', () => {
    expect(parseDailyWindow('18:00-03:00')).toEqual({ start: 1080, end: 180, crossesMidnight: true, length: 540 });
    expect(parseDailyWindow('19:30-01:00').length).toBe(330);
  });

  it('places an occurrence crossing midnight on the next day', () => {
    const o = occurrenceOn(parseDailyWindow('18:00-03:00'), at('2026-11-20T00:00:00Z'));
    expect(new Date(o.start).toISOString()).toBe('2026-11-20T18:00:00.000Z');
    expect(new Date(o.end).toISOString()).toBe('2026-11-21T03:00:00.000Z');
  });
});

describe('fitsDailyWindow', () => {
  const eur = parseDailyWindow('18:00-03:00');
  const nam = parseDailyWindow('02:00-11:00');

  it('accepts work across midnight inside the window, from either side of midnight', () => {
    expect(fitsDailyWindow(eur, at('2026-11-20T23:00:00Z'), at('2026-11-21T02:30:00Z'))).toBe(true);
    expect(fitsDailyWindow(eur, at('2026-11-21T00:30:00Z'), at('2026-11-21T03:00:00Z'))).toBe(true);
  });

  it('accepts exactly the window and refuses a minute more at either edge', () => {
    expect(fitsDailyWindow(nam, at('2026-11-24T02:00:00Z'), at('2026-11-24T11:00:00Z'))).toBe(true);
    expect(fitsDailyWindow(nam, at('2026-11-24T01:59:00Z'), at('2026-11-24T11:00:00Z'))).toBe(false);
    expect(fitsDailyWindow(nam, at('2026-11-24T02:00:00Z'), at('2026-11-24T11:01:00Z'))).toBe(false);
  });

  it('refuses work spanning two occurrences', () => {
    expect(fitsDailyWindow(eur, at('2026-11-20T20:00:00Z'), at('2026-11-21T20:00:00Z'))).toBe(false);
  });

  it('checks an instant (a release stage): start inclusive, end exclusive', () => {
    expect(fitsDailyWindow(eur, at('2026-11-21T18:00:00Z'))).toBe(true);
    expect(fitsDailyWindow(eur, at('2026-11-21T02:59:00Z'))).toBe(true);
    expect(fitsDailyWindow(eur, at('2026-11-21T03:00:00Z'))).toBe(false);
    expect(fitsDailyWindow(nam, at('2026-11-21T12:00:00Z'))).toBe(false);
  });
});
