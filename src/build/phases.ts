/**
 * Where a build's time goes: marks taken around each step of the build and,
 * inside Astro, by an integration's hooks and a Vite plugin, so `npm run bench`
 * (and `HELIOGRAPH_LOG=debug`) can show them separately:
 *
 * - start-up: the process starting and loading the build's own code, before
 *   the build begins (measured by the entry point that starts it:
 *   scripts/bench/build-once.ts);
 * - validation: reading, parsing and checking every content file — the only
 *   time content is loaded (Astro's content layer does not run in a build);
 * - decisions: which entry pages the previous output already has;
 * - setup: Astro's configuration, routes and Vite;
 * - bundling: Vite building the bundles Astro renders the pages with;
 * - paths: loading the pages from the bundle and asking every route which
 *   pages it has (getStaticPaths): the site index and every keep-or-render
 *   decision after the entry pages' — the work over all content, which Astro
 *   does for every route before it renders the first page;
 * - rendering + writing: Astro renders and writes each page in one step (up
 *   to 16 at once, astro.config.mjs), so those two cannot be told apart;
 * - reuse: waiting for the kept pages' links, writing the manifest;
 * - swap: the two renames that put the new output in place.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

export const PHASES = ['start-up', 'validation', 'decisions', 'setup', 'bundling', 'paths', 'rendering + writing', 'reuse', 'swap'] as const;
export type Phase = (typeof PHASES)[number];
export type PhaseSeconds = Partial<Record<Phase, number>>;

export class PhaseClock {
  readonly seconds: PhaseSeconds = {};
  private phase: Phase | undefined;
  private since = 0;

  /** Ends the running phase (if any) and starts `phase`. */
  start(phase: Phase): void {
    this.stop();
    this.phase = phase;
    this.since = performance.now();
  }

  stop(): void {
    if (this.phase) this.seconds[this.phase] = (this.seconds[this.phase] ?? 0) + (performance.now() - this.since) / 1000;
    this.phase = undefined;
  }
}

/**
 * Runs `handler` once Astro has built its bundles (and emptied and filled its
 * output folder), just before it renders the pages: a "post" buildApp hook of a
 * Vite plugin runs after the bundles and before Astro's own, registered later.
 */
export function afterBundles(name: string, handler: () => void): { name: string; buildApp: { order: 'post'; handler: () => Promise<void> } } {
  return { name, buildApp: { order: 'post', handler: async () => handler() } };
}

/** Moves the clock on at Astro's build steps: bundling, the routes' lists of pages, rendering. */
export function phaseIntegration(clock: PhaseClock): AstroIntegration {
  return {
    name: 'heliograph-phases',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [afterBundles('heliograph-phases', () => clock.start('paths'))] } });
      },
      'astro:build:start': ({ setPrerenderer }) => {
        clock.start('bundling');
        setPrerenderer((prerenderer) => pathsTimed(prerenderer, clock));
      },
    },
  };
}

/**
 * Astro's own prerenderer, with the end of `getStaticPaths` marked: Astro asks
 * every route for its pages in that one call, then renders them. Rendering
 * itself is not wrapped: nothing is added to each page's render.
 */
export function pathsTimed(prerenderer: AstroPrerenderer, clock: PhaseClock): AstroPrerenderer {
  return {
    ...prerenderer,
    getStaticPaths: async () => {
      const paths = await prerenderer.getStaticPaths();
      clock.start('rendering + writing');
      return paths;
    },
  };
}
