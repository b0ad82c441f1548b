/**
 * "12 minutes ago", "in 3 days": used by the client script, so it imports
 * nothing and takes both instants as inputs.
 */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function relativeAge(thenMs: number, nowMs: number, locale?: string): string {
  const diff = thenMs - nowMs;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return format.format(Math.trunc(diff / size), unit);
  }
  return diff > 0 ? format.format(1, 'minute') : format.format(0, 'minute').replace(/^this minute$/, 'just now');
}
