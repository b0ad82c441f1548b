import { describe, expect, it } from 'vitest';
import { oncePerIndex, perIndex } from '../../../src/lib/index/per-index.ts';

describe('perIndex', () => {
  it('works a view out once per index and key, and again for another index or key', () => {
    const calls: string[] = [];
    const view = perIndex((index: { now: string }, code: string) => {
      calls.push(`${index.now} ${code}`);
      return { now: index.now, code };
    });
    const a = { now: '2026-01-01T00:00:00.000Z' };
    const b = { now: '2026-01-02T00:00:00.000Z' };
    const first = view(a, 'EUR');
    expect(view(a, 'EUR')).toBe(first);
    expect(view(a, 'NAM')).toEqual({ now: a.now, code: 'NAM' });
    expect(view(b, 'EUR')).toEqual({ now: b.now, code: 'EUR' });
    expect(view(b, 'EUR')).not.toBe(first);
    expect(calls).toEqual([`${a.now} EUR`, `${a.now} NAM`, `${b.now} EUR`]);
  });

  it('keeps a view that is undefined rather than working it out again', () => {
    let calls = 0;
    const view = perIndex((_index: object, _key: number) => {
      calls++;
      return undefined;
    });
    const index = {};
    view(index, 1);
    view(index, 1);
    expect(calls).toBe(1);
  });
});

describe('oncePerIndex', () => {
  it('works a view of the index alone out once per index', () => {
    const seen: string[] = [];
    const view = oncePerIndex((index: { now: string }) => {
      seen.push(index.now);
      return index.now.length > 0 ? undefined : 'never';
    });
    const a = { now: 'a' };
    const b = { now: 'b' };
    expect(view(a)).toBeUndefined();
    view(a);
    view(b);
    view(b);
    expect(seen).toEqual(['a', 'b']);
  });
});
