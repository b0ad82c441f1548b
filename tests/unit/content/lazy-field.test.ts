import { describe, expect, it } from 'vitest';
import { lazyField } from '../../../src/lib/content/lazy-field.ts';

describe('lazyField', () => {
  it('works the value out on the first read only, then holds it as a plain property', () => {
    let made = 0;
    const target = lazyField({ a: 1 }, 'b', () => ++made * 10) as { a: number; b: number };
    expect(made).toBe(0);
    expect(target.b).toBe(10);
    expect(target.b).toBe(10);
    expect(made).toBe(1);
    expect(Object.getOwnPropertyDescriptor(target, 'b')).toEqual({ value: 10, enumerable: true, writable: true, configurable: true });
  });

  it('is seen by spreads, comparisons, JSON and key order like any property', () => {
    const target = lazyField({ a: 1 }, 'b', () => 'two');
    Object.assign(target, { c: 3 });
    expect({ ...target }).toEqual({ a: 1, b: 'two', c: 3 });
    expect(target).toStrictEqual({ a: 1, b: 'two', c: 3 });
    expect(JSON.stringify(target)).toBe('{"a":1,"b":"two","c":3}');
  });
});
