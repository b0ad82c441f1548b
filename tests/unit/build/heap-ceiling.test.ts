import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { holdHeapDown } from '../../../src/build/heap-ceiling.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A full collection made by V8 itself, not through the function holdHeapDown was given (a fresh context sees the flag). */
function fullCollectionByV8(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('holdHeapDown', () => {
  it('asks for a collection once the heap in use passes the floor, then not again until it grows by half', async () => {
    let asked = 0;
    // A floor of one byte: the first check must collect.
    const heap = holdHeapDown({ gc: () => asked++, floorBytes: 1, everyMs: 5 });
    try {
      await sleep(60);
      expect(asked).toBe(1);
      // The fake collection frees nothing, so the ceiling is now 1.5× the heap in use: growing it by far more crosses it.
      const held: number[][] = [];
      for (let i = 0; i < 64 && asked === 1; i++) {
        held.push(Array.from({ length: 250_000 }, (_, k) => k + i));
        await sleep(10);
      }
      expect(asked).toBe(2);
      expect(held.length).toBeGreaterThan(0);
      expect(heap.collections).toBe(2);
    } finally {
      heap.stop();
    }
  });

  it('takes its ceiling from a full collection V8 made itself, as from one it asked for', async () => {
    let asked = 0;
    // A floor of one byte: left alone, the first check (at 50 ms) would collect.
    const heap = holdHeapDown({ gc: () => asked++, floorBytes: 1, everyMs: 50 });
    try {
      fullCollectionByV8();
      // The ceiling is now 1.5× what that collection left, which this idle wait does not reach.
      await sleep(180);
      expect(asked).toBe(0);
    } finally {
      heap.stop();
    }
  });

  it('asks for nothing while the heap in use stays under the floor', async () => {
    let asked = 0;
    const heap = holdHeapDown({ gc: () => asked++, floorBytes: 64 * getHeapStatistics().used_heap_size, everyMs: 5 });
    await sleep(60);
    heap.stop();
    expect(asked).toBe(0);
    expect(heap.collections).toBe(0);
  });

  it('stops asking once stopped', async () => {
    let asked = 0;
    const heap = holdHeapDown({ gc: () => asked++, floorBytes: 1, everyMs: 5 });
    heap.stop();
    await sleep(60);
    expect(asked).toBe(0);
  });

  it('does nothing when V8 gives no way to ask (Node without --expose-gc)', async () => {
    const heap = holdHeapDown({ gc: null, floorBytes: 1, everyMs: 5 });
    await sleep(30);
    expect(heap.collections).toBe(0);
    heap.stop();
  });
});
