import { DateTime } from 'luxon';

/**
 * ISO 8601 with a `T`, optional seconds and fractions, and a zone (`Z` or ±HH:MM).
 * The source text is checked, not a parsed value: YAML parsers read zone-less
 * times as UTC and roll impossible dates forward.
 */
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

export type TimeParse = { ok: true; iso: string } | { ok: false; reason: string };

export function parseIsoTime(text: string): TimeParse {
  const match = ISO_TIME.exec(text.trim());
  if (!match) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return { ok: false, reason: 'a date alone' };
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text.trim())) {
      return { ok: false, reason: 'a time without a zone' };
    }
    return { ok: false, reason: 'not an ISO 8601 time' };
  }
  if (Number(match[4]) > 23) return { ok: false, reason: 'an impossible date or time' };
  if (!isRealOffset(match[8]!)) return { ok: false, reason: `an offset that is no real UTC offset (${match[8]}; offsets run from -12:00 to +14:00)` };
  const parsed = DateTime.fromISO(text.trim(), { setZone: true });
  if (!parsed.isValid) return { ok: false, reason: 'an impossible date or time' };
  return { ok: true, iso: parsed.toUTC().toISO({ suppressMilliseconds: false })! };
}

/**
 * `Z` or an offset the world's clocks use: -12:00 to +14:00 with minutes under
 * 60. Luxon alone reads `+25:00` or `+01:75` as a valid time a day away.
 */
function isRealOffset(zone: string): boolean {
  if (zone === 'Z') return true;
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  if (Number(minutes) >= 60) return false;
  const total = Number(hours) * 60 + Number(minutes);
  return sign === '+' ? total <= 14 * 60 : total <= 12 * 60;
}

/** Milliseconds since the epoch of a normalised UTC ISO string. */
export function ms(iso: string): number {
  return Date.parse(iso);
}

export function toIso(millis: number): string {
  return new Date(millis).toISOString();
}

/** The UTC calendar date (yyyy-mm-dd) of an instant. */
export function utcDate(iso: string): string {
  return iso.slice(0, 10);
}

export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text, { zone: 'utc' }).isValid;
}
