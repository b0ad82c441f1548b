import { parseIsoTime } from './iso.ts';

/**
 * The build's "now": HELIOGRAPH_NOW when set (so builds and tests are
 * reproducible), the real clock otherwise. Everything else takes `now` as a parameter.
 */
export function resolveNow(env: Record<string, string | undefined> = process.env, clock: () => number = Date.now): string {
  const pinned = env['HELIOGRAPH_NOW'];
  if (pinned === undefined || pinned === '') return new Date(clock()).toISOString();
  const parsed = parseIsoTime(pinned);
  if (!parsed.ok) {
    throw new NowError(`HELIOGRAPH_NOW: found ${JSON.stringify(pinned)} (${parsed.reason}), expected an ISO 8601 time with a zone such as 2026-11-21T12:00:00Z`);
  }
  return parsed.iso;
}

export class NowError extends Error {}
