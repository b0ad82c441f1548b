/**
 * "2 h 28 min", "3 d 4 h", "12 min": the one wording of a length of time, on
 * pages, in feeds and in the browser script that keeps running counts moving.
 * It imports nothing, so the script can bundle it.
 */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return h > 0 ? `${d} d ${h} h` : `${d} d`;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  return `${m} min`;
}
