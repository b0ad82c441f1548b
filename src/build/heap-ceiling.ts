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
 * A full collection V8 makes by itself moves the ceiling as one asked for does:
 * what it leaves is the live heap too. Without that, a 50k rebuild, whose heap
 * V8 had brought down to 359 MB, crossed the 384 MB floor soon after and was
 * made to wait 0.3 s for a collection that freed 41 MB (one trace; over six
 * paired 50k rebuilds the difference was within this machine's noise).
 *
 * V8 only lets a program ask for a collection when Node runs with
 * `--expose-gc`, as `npm run build`, the bench and the tests' builds do;
 * without it (buildSite called inside vitest, say) this does nothing.
 */
import { constants, PerformanceObserver } from 'node:perf_hooks';
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
  const fromLiveHeap = () => {
    ceiling = Math.max(floorBytes, GROWTH * getHeapStatistics().used_heap_size);
  };
  const timer = setInterval(() => {
    if (getHeapStatistics().used_heap_size < ceiling) return;
    gc();
    state.collections++;
    fromLiveHeap();
  }, everyMs);
  // V8's own full collections (reported after they end; ours are among them, and give the same answer).
  const collections = new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)) fromLiveHeap();
  });
  collections.observe({ entryTypes: ['gc'] });
  // Never what keeps the process alive.
  timer.unref();
  state.stop = () => {
    clearInterval(timer);
    collections.disconnect();
  };
  return state;
}
