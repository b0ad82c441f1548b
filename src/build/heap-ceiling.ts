/**
 * Keeps a build's JavaScript heap near what it really holds. Left alone, V8
 * lets garbage pile up while Astro renders: a cold 10k build's heap reached
 * ~850 MB though under 300 MB of it was live, and the process peaked at
 * 1.3 GB. When the heap in use passes 1.5× what was live after the last full
 * collection (never less than FLOOR_BYTES), this asks V8 for one.
 *
 * It is a soft ceiling, not a cap: a larger site simply raises it (V8's own
 * limit is untouched, so nothing runs out of memory that would not anyway),
 * and it collects at most once per half again of live heap, so it costs little
 * time (a cold 10k build: five collections, ~1 s of CPU, wall time unchanged).
 *
 * V8 only lets a program ask for a collection when Node runs with
 * `--expose-gc`, as `npm run build`, the bench and the tests' builds do;
 * without it (buildSite called inside vitest, say) this does nothing.
 */
import { getHeapStatistics } from 'node:v8';

const FLOOR_BYTES = 384 * 2 ** 20;
const GROWTH = 1.5;
const EVERY_MS = 100;

export interface HeapCeiling {
  /** Full collections asked for so far. */
  readonly collections: number;
  stop(): void;
}

export interface HeapCeilingOptions {
  /** What asks V8 for a full collection (default: `globalThis.gc`, there under `--expose-gc`; null: nothing can). */
  gc?: (() => void) | null;
  floorBytes?: number;
  everyMs?: number;
}

export function holdHeapDown(options: HeapCeilingOptions = {}): HeapCeiling {
  const { gc = (globalThis as { gc?: () => void }).gc, floorBytes = FLOOR_BYTES, everyMs = EVERY_MS } = options;
  const state = { collections: 0, stop: () => {} };
  if (typeof gc !== 'function') return state;
  let ceiling = floorBytes;
  const timer = setInterval(() => {
    if (getHeapStatistics().used_heap_size < ceiling) return;
    gc();
    state.collections++;
    ceiling = Math.max(floorBytes, GROWTH * getHeapStatistics().used_heap_size);
  }, everyMs);
  // Never what keeps the process alive.
  timer.unref();
  state.stop = () => clearInterval(timer);
  return state;
}
