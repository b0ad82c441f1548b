/**
 * Times as the command line prints them to engineers — `check`'s problems,
 * `check --due`, `resolve`, `notify --upcoming`: UTC, to the minute. One
 * place, so every command writes a time and a deadline the same way.
 */

/** `2026-11-28 00:00 UTC`. */
export function readableTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** A deadline at 00:00 UTC reads as the end of the day before: `2026-11-25 24:00 UTC`. */
export function readableDeadline(iso: string): string {
  return iso.slice(11, 16) === '00:00' ? `${new Date(Date.parse(iso) - 1).toISOString().slice(0, 10)} 24:00 UTC` : readableTime(iso);
}
