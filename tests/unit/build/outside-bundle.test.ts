import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outsideTheBundle } from '../../../src/build/outside-bundle.ts';

const SRC = path.resolve(import.meta.dirname, '../../../src');
const plugin = outsideTheBundle();

/** The plugin's resolveId with Vite's own resolution stood in for: a relative import resolves beside its importer. */
async function resolve(source: string, importer: string | undefined) {
  const context = { resolve: async (s: string, from: string) => ({ id: path.resolve(path.dirname(from), s), external: false }) };
  const hook = plugin.resolveId as unknown as (this: typeof context, s: string, i: string | undefined, o: object) => Promise<unknown>;
  return hook.call(context, source, importer, {});
}

describe('outsideTheBundle', () => {
  it('leaves the modules of src/lib/ and src/data/ out of the bundle, imported by their file URLs', async () => {
    const fromPage = await resolve('../../lib/time/now.ts', path.join(SRC, 'pages/regions/index.astro'));
    expect(fromPage).toEqual({ id: pathToFileURL(path.join(SRC, 'lib/time/now.ts')).href, external: true });
    const fromLayout = await resolve('../data/site-index.ts', path.join(SRC, 'layouts/Base.astro'));
    expect(fromLayout).toEqual({ id: pathToFileURL(path.join(SRC, 'data/site-index.ts')).href, external: true });
  });

  it('bundles everything else: pages, components, layouts, packages, and the entry itself', async () => {
    expect(await resolve('../layouts/Base.astro', path.join(SRC, 'pages/index.astro'))).toBeNull();
    expect(await resolve('./middleware-helper.ts', path.join(SRC, 'middleware.ts'))).toBeNull();
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
