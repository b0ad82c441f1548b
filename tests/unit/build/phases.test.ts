import { describe, expect, it } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { PhaseClock, pathsTimed } from '../../../src/build/phases.ts';

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

describe('pathsTimed', () => {
  const render: AstroPrerenderer['render'] = async () => new Response('page');
  const setup = async () => {};

  it("counts the routes' lists of pages as paths and starts rendering + writing once Astro has them", async () => {
    const clock = new PhaseClock();
    const seen: string[] = [];
    const base: AstroPrerenderer = {
      name: 'astro:default',
      setup,
      render,
      getStaticPaths: async () => {
        // Still the paths phase while the routes are asked.
        seen.push(Object.keys(clock.seconds).join(','));
        return [];
      },
    };
    clock.start('paths');
    const timed = pathsTimed(base, clock);
    expect(await timed.getStaticPaths()).toEqual([]);
    expect(seen).toEqual(['']);
    clock.stop();
    expect(Object.keys(clock.seconds)).toEqual(['paths', 'rendering + writing']);
  });

  it("hands every other step to Astro's own prerenderer untouched: nothing is added to a page's render", () => {
    const base: AstroPrerenderer = { name: 'astro:default', setup, render, getStaticPaths: async () => [] };
    const timed = pathsTimed(base, new PhaseClock());
    expect(timed.name).toBe('astro:default');
    expect(timed.render).toBe(render);
    expect(timed.setup).toBe(setup);
  });
});
