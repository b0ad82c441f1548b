/**
 * `npm run bench -- --runs N`: each build of the bench, and each bare Astro
 * reference, made N times. This machine's timings vary by a third from one
 * run to the next, so one run of each says little about a change smaller
 * than that; the rows then show what N runs agree on.
 */

export interface TimedRun {
  seconds: number;
  peakMiB: number;
}

/**
 * What a row shows of a build made several times: the median run by wall
 * time (the lower of the middle two for an even count) — a real run, so its
 * phases add up to its own wall time — with the highest peak RSS of all the
 * runs, since memory is judged by the worst. Also every run's wall time, in
 * the order they ran.
 */
export function medianRun<R extends TimedRun>(runs: readonly R[]): R & { all: number[] } {
  if (runs.length === 0) throw new Error('no runs');
  const bySeconds = [...runs].sort((a, b) => a.seconds - b.seconds);
  const median = bySeconds[Math.floor((runs.length - 1) / 2)]!;
  return { ...median, peakMiB: Math.max(...runs.map((r) => r.peakMiB)), all: runs.map((r) => r.seconds) };
}

/** The most runs a corpus allows: each "one added, one deleted" run deletes another entry, never the first (the one copied) or the middle one (the one changed). */
export function maxRuns(entries: number): number {
  return Math.max(1, Math.floor((entries - 2) / 2));
}
