import { parseIsoTime } from '../time/iso.ts';
import { AuthoringError } from './errors.ts';

/**
 * A time as authors write it: UTC, `Z`, whole seconds unless there is a
 * fraction (`2026-11-21T12:00:00Z`).
 */
export function timeText(iso: string): string {
  return iso.replace(/\.000Z$/, 'Z');
}

/** "Now" as authors write it: to the whole second (`2026-11-21T12:00:13Z`). */
export function nowText(iso: string): string {
  return `${iso.slice(0, 19)}Z`;
}

/** Parses a time given on the command line, naming the flag when it is not one. */
export function parseTimeArgument(flag: string, text: string): string {
  const parsed = parseIsoTime(text);
  if (!parsed.ok) {
    throw new AuthoringError(`${flag}: found ${JSON.stringify(text)} (${parsed.reason}), expected an ISO 8601 time with a zone, e.g. 2026-11-24T03:00Z`);
  }
  return timeText(parsed.iso);
}

/** `2026-11-24T03:00Z/2026-11-24T07:00Z` → start and end. */
export function parseWindowArgument(flag: string, text: string): { start: string; end: string } {
  const parts = text.split('/');
  if (parts.length !== 2) {
    throw new AuthoringError(`${flag}: found ${JSON.stringify(text)}, expected START/END, e.g. 2026-11-24T03:00Z/2026-11-24T07:00Z`);
  }
  const start = parseTimeArgument(`${flag} start`, parts[0]!);
  const end = parseTimeArgument(`${flag} end`, parts[1]!);
  if (Date.parse(end) <= Date.parse(start)) {
    throw new AuthoringError(`${flag}: found an end (${end}) that is not after the start (${start}), expected START/END in time order`);
  }
  return { start, end };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `24 November 2026, 03:00` */
function dayAndTime(iso: string): { day: string; time: string } {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { day: `${d} ${MONTHS[m - 1]} ${y}`, time: iso.slice(11, 16) };
}

/** `24 November 2026, 03:00 to 07:00 UTC`, or both dates when the window crosses midnight. */
export function windowText(start: string, end: string): string {
  const a = dayAndTime(start);
  const b = dayAndTime(end);
  return a.day === b.day ? `${a.day}, ${a.time} to ${b.time} UTC` : `${a.day}, ${a.time} UTC to ${b.day}, ${b.time} UTC`;
}
