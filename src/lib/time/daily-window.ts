/** The daily window syntax, `HH:MM-HH:MM` in UTC; the content schema checks it with this. */
export const WINDOW = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

const DAY = 86_400_000;
const MINUTE = 60_000;

/** A region's daily UTC maintenance window, e.g. "18:00-03:00" (crosses midnight). */
export interface DailyWindow {
  /** Minutes after 00:00 UTC. */
  start: number;
  end: number;
  crossesMidnight: boolean;
  /** Length in minutes. */
  length: number;
}

export function parseDailyWindow(text: string): DailyWindow {
  const m = WINDOW.exec(text);
  if (!m) throw new RangeError(`not a daily window: ${text}`);
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = Number(m[3]) * 60 + Number(m[4]);
  const crossesMidnight = end <= start;
  return { start, end, crossesMidnight, length: crossesMidnight ? end + 1440 - start : end - start };
}

/** The occurrence of the window that opens on the UTC date of `dayStartMs`. */
export function occurrenceOn(window: DailyWindow, dayStartMs: number): { start: number; end: number } {
  const start = dayStartMs + window.start * MINUTE;
  return { start, end: start + window.length * MINUTE };
}

function dayStart(millis: number): number {
  return Math.floor(millis / DAY) * DAY;
}

/** Whether [startMs, endMs] fits inside one occurrence of the daily window. */
export function fitsDailyWindow(window: DailyWindow, startMs: number, endMs: number = startMs): boolean {
  const day = dayStart(startMs);
  for (const opening of [day - DAY, day]) {
    const occurrence = occurrenceOn(window, opening);
    const inside = startMs >= occurrence.start && endMs <= occurrence.end && (endMs > startMs || startMs < occurrence.end);
    if (inside) return true;
  }
  return false;
}
