import { describe, expect, it, vi } from 'vitest';
import { perProcess } from '../../../src/data/per-process.ts';

describe('perProcess', () => {
  it('creates a value once per name, however many times (and from however many copies of the module) it is asked for', async () => {
    let made = 0;
    const name = `test-${Math.random()}`;
    const first = perProcess(name, () => ({ n: ++made }));
    expect(perProcess(name, () => ({ n: ++made }))).toBe(first);
    // A second copy of the module, as Astro's second module graph loads it: the same value.
    vi.resetModules();
    const copy = await import('../../../src/data/per-process.ts');
    expect(copy.perProcess).not.toBe(perProcess);
    expect(copy.perProcess(name, () => ({ n: ++made }))).toBe(first);
    expect(made).toBe(1);
    expect(perProcess(`${name}-other`, () => ({ n: ++made }))).not.toBe(first);
    expect(made).toBe(2);
  });
});
