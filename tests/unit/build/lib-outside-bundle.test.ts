import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { libOutsideTheBundle } from '../../../src/build/lib-outside-bundle.ts';

const SRC = path.resolve(import.meta.dirname, '../../../src');
const plugin = libOutsideTheBundle();

/** The plugin's resolveId with Vite's own resolution stood in for: a relative import resolves beside its importer. */
async function resolve(source: string, importer: string | undefined) {
  const context = { resolve: async (s: string, from: string) => ({ id: path.resolve(path.dirname(from), s), external: false }) };
  const hook = plugin.resolveId as unknown as (this: typeof context, s: string, i: string | undefined, o: object) => Promise<unknown>;
  return hook.call(context, source, importer, {});
}

describe('libOutsideTheBundle', () => {
  it('leaves a module of src/lib/ out of the bundle, imported by its file URL', async () => {
    const fromPage = await resolve('../../lib/time/now.ts', path.join(SRC, 'pages/regions/index.astro'));
    expect(fromPage).toEqual({ id: pathToFileURL(path.join(SRC, 'lib/time/now.ts')).href, external: true });
  });

  it('bundles everything else: pages, data, components, packages, and the entry itself', async () => {
    expect(await resolve('../data/site-index.ts', path.join(SRC, 'pages/index.astro'))).toBeNull();
    expect(await resolve('../components/Chip.astro', path.join(SRC, 'pages/index.astro'))).toBeNull();
    expect(await resolve('luxon', path.join(SRC, 'lib/time/now.ts'))).toBeNull();
    expect(await resolve('./src/pages/index.astro', undefined)).toBeNull();
  });

  it('is for the build only and never for the browser bundle', () => {
    expect(plugin.apply).toBe('build');
    const applies = plugin.applyToEnvironment as (environment: { name: string }) => boolean;
    expect(applies({ name: 'prerender' })).toBe(true);
    expect(applies({ name: 'ssr' })).toBe(true);
    expect(applies({ name: 'client' })).toBe(false);
  });
});
