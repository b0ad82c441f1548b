/**
 * A region's daily window in the visitor's time zone, for today's occurrence,
 * so daylight saving time is right. Used by the client script: no imports.
 */
export interface LocalWindow {
  start: string;
  end: string;
  /** The window ends on the local day after it starts. */
  endsNextDay: boolean;
  zone: string;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/** `startMinute` after 00:00 UTC on the UTC date of `nowMs`, lasting `lengthMinutes`. */
export function localWindow(startMinute: number, lengthMinutes: number, nowMs: number, timeZone?: string): LocalWindow {
  const start = Math.floor(nowMs / DAY) * DAY + startMinute * MINUTE;
  const end = start + lengthMinutes * MINUTE;
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return {
    start: time.format(start),
    end: time.format(end),
    endsNextDay: date.format(end) !== date.format(start),
    zone: time.resolvedOptions().timeZone,
  };
}
