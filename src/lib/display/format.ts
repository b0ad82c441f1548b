/**
 * How times read on the built pages: always UTC, spelled out, so a page is
 * complete without JavaScript. The client script may re-render them locally.
 */
import { DateTime } from 'luxon';

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-US');

/** `21 Nov 2026, 10:05 UTC` */
export function formatUtc(iso: string): string {
  return `${utc(iso).toFormat('d LLL yyyy, HH:mm')} UTC`;
}

/** `21 Nov 2026` */
export function formatUtcDate(iso: string): string {
  return utc(iso).toFormat('d LLL yyyy');
}

/** `10:05 UTC` */
export function formatUtcTime(iso: string): string {
  return `${utc(iso).toFormat('HH:mm')} UTC`;
}

/** A UTC day `2026-11-21` as a heading: `Saturday 21 November 2026`. */
export function formatDay(day: string): string {
  return utc(`${day}T00:00:00Z`).toFormat('cccc d LLLL yyyy');
}

/** A month `2026-11` as `November 2026`. */
export function formatMonth(month: string): string {
  return utc(`${month}-01T00:00:00Z`).toFormat('LLLL yyyy');
}

/** A daily window `18:00-03:00` as `18:00–03:00 UTC`, saying when it ends the next day. */
export function formatDailyWindow(window: string): string {
  const [start, end] = window.split('-') as [string, string];
  return `${start}–${end} UTC${end <= start ? ' (ends next day)' : ''}`;
}
