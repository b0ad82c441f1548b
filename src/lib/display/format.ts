/**
 * How times read on the built pages: always UTC, spelled out, so a page is
 * complete without JavaScript. The client script may re-render them locally.
 */
import { DateTime } from 'luxon';

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-US');

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** As luxon's `LLL` writes them in English: the first three letters. */
const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));
const UTC_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in a month of the Gregorian calendar (`month` 1–12), without making a Date for each time shown. */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * The fields of a stored time (`2026-11-21T10:05:00Z`, UTC by contract) read
 * straight from the text: a page shows thousands of times, and luxon takes
 * ~0.1 ms to parse each. Anything else (an offset, an impossible date) is
 * left to luxon.
 */
function utcFields(iso: string): { day: number; month: number; year: string; time: string } | undefined {
  const m = UTC_ISO.exec(iso);
  if (!m) return undefined;
  const [, year, month, day, hour, minute] = m as unknown as [string, string, string, string, string, string];
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || Number(hour) > 23 || Number(minute) > 59) return undefined;
  return { day: d, month: mo, year, time: `${hour}:${minute}` };
}

/** `21 Nov 2026, 10:05 UTC` */
export function formatUtc(iso: string): string {
  const f = utcFields(iso);
  if (f) return `${f.day} ${MONTHS[f.month - 1]} ${f.year}, ${f.time} UTC`;
  return `${utc(iso).toFormat('d LLL yyyy, HH:mm')} UTC`;
}

/** `21 Nov 2026` */
export function formatUtcDate(iso: string): string {
  const f = utcFields(iso);
  if (f) return `${f.day} ${MONTHS[f.month - 1]} ${f.year}`;
  return utc(iso).toFormat('d LLL yyyy');
}

/** `10:05 UTC` */
export function formatUtcTime(iso: string): string {
  const f = utcFields(iso);
  if (f) return `${f.time} UTC`;
  return `${utc(iso).toFormat('HH:mm')} UTC`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A UTC day `2026-11-21` as a heading: `Saturday 21 November 2026`. */
export function formatDay(day: string): string {
  const f = utcFields(`${day}T00:00Z`);
  if (!f) return utc(`${day}T00:00:00Z`).toFormat('cccc d LLLL yyyy');
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(f.year), f.month - 1, f.day)).getUTCDay()];
  return `${weekday} ${f.day} ${MONTH_NAMES[f.month - 1]} ${f.year}`;
}

/** A month `2026-11` as `November 2026`. */
export function formatMonth(month: string): string {
  const f = utcFields(`${month}-01T00:00Z`);
  if (!f) return utc(`${month}-01T00:00:00Z`).toFormat('LLLL yyyy');
  return `${MONTH_NAMES[f.month - 1]} ${f.year}`;
}

/** A daily window `18:00-03:00` as `18:00–03:00 UTC`, saying when it ends the next day. */
export function formatDailyWindow(window: string): string {
  const [start, end] = window.split('-') as [string, string];
  return `${start}–${end} UTC${end <= start ? ' (ends next day)' : ''}`;
}
