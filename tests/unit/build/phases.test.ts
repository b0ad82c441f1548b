import { describe, expect, it } from 'vitest';
import { PhaseClock } from '../../../src/build/phases.ts';

describe('PhaseClock', () => {
  it('records the phases that ran, in the order they started, and nothing else', () => {
    const clock = new PhaseClock();
    clock.start('validation');
    clock.start('swap');
    clock.stop();
    expect(Object.keys(clock.seconds)).toEqual(['validation', 'swap']);
    for (const seconds of Object.values(clock.seconds)) expect(seconds).toBeGreaterThanOrEqual(0);
  });

  it('records nothing when no phase was started, and stopping twice changes nothing', () => {
    const clock = new PhaseClock();
    clock.stop();
    expect(clock.seconds).toEqual({});
    clock.start('bundling');
    clock.stop();
    const once = { ...clock.seconds };
    clock.stop();
    expect(clock.seconds).toEqual(once);
  });
});
