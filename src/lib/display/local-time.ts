/**
 * A time in the visitor's zone, shown beside its UTC text (never instead of
 * it, since authored update text says "Next update by 12:30 UTC"):
 * "12:47 in your time zone (Berlin)". Formatted in the page's language, on a
 * 24-hour clock like the UTC text. Used by the client script: no imports, and
 * the zone is a parameter so it can be tested.
 */

/** "Europe/Berlin" → "Berlin", "America/New_York" → "New York". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').at(-1) ?? timeZone).replaceAll('_', ' ');
}

/** Zones that are UTC under another name: nothing to add beside the UTC text. */
export function isUtcZone(timeZone: string): boolean {
  return /^(Etc\/)?(UTC|UCT|GMT|Universal|Zulu|Greenwich)(\+0|-0|0)?$/i.test(timeZone);
}

/**
 * "12:47 in your time zone (Berlin)"; with the date when the local date is
 * not the UTC date: "22 Nov 2026, 02:15 in your time zone (Tokyo)".
 */
export function localTimeText(ms: number, lang: string, timeZone: string): string {
  const time = new Intl.DateTimeFormat(lang, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
  const day = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
  const date = day(timeZone) === day('UTC') ? '' : `${new Intl.DateTimeFormat(lang, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(ms)}, `;
  return `${date}${time} in your time zone (${zoneCity(timeZone)})`;
}

export type TimeMode = 'utc' | 'local';

/** The remembered choice, defaulting to both UTC and local. */
export function timeMode(stored: string | null): TimeMode {
  return stored === 'utc' ? 'utc' : 'local';
}
