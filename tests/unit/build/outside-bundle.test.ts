import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outsideTheBundle } from '../../../src/build/outside-bundle.ts';

const SRC = path.resolve(import.meta.dirname, '../../../src');
const plugin = outsideTheBundle();
const hook = plugin.resolveId as unknown as { filter: { id: RegExp }; handler: (source: string, importer: string | undefined) => unknown };

/** What the build does with an import: Rolldown calls the handler only for a source its filter takes. */
function resolve(source: string, importer: string | undefined) {
  return hook.filter.id.test(source) ? hook.handler(source, importer) : null;
}

describe('outsideTheBundle', () => {
  it('leaves the modules of src/lib/ and src/data/ out of the bundle, imported by their file URLs', () => {
    const fromPage = resolve('../../lib/time/now.ts', path.join(SRC, 'pages/regions/index.astro'));
    expect(fromPage).toEqual({ id: pathToFileURL(path.join(SRC, 'lib/time/now.ts')).href, external: true });
    const fromLayout = resolve('../data/site-index.ts', path.join(SRC, 'layouts/Base.astro'));
    expect(fromLayout).toEqual({ id: pathToFileURL(path.join(SRC, 'data/site-index.ts')).href, external: true });
    // A script or style of an .astro file imports beside the file itself.
    const fromScript = resolve('../lib/time/now.ts', `${path.join(SRC, 'layouts/Base.astro')}?astro&type=script&index=0&lang.ts`);
    expect(fromScript).toEqual({ id: pathToFileURL(path.join(SRC, 'lib/time/now.ts')).href, external: true });
  });

  it('bundles everything else: pages, components, layouts, packages, and the entry itself', () => {
    expect(resolve('../layouts/Base.astro', path.join(SRC, 'pages/index.astro'))).toBeNull();
    expect(resolve('./middleware-helper.ts', path.join(SRC, 'middleware.ts'))).toBeNull();
    expect(resolve('../components/Chip.astro', path.join(SRC, 'pages/index.astro'))).toBeNull();
    expect(resolve('luxon', path.join(SRC, 'lib/time/now.ts'))).toBeNull();
    expect(hook.filter.id.test('luxon')).toBe(false);
    expect(resolve('./src/pages/index.astro', undefined)).toBeNull();
    expect(resolve('./x.ts', '\0virtual:astro:pages')).toBeNull();
  });

  it('leaves a file that is not there to the bundler, which names it in its error', () => {
    expect(resolve('../../lib/time/no-such-module.ts', path.join(SRC, 'pages/regions/index.astro'))).toBeNull();
  });

  it('is for the build only and never for the browser bundle', () => {
    expect(plugin.apply).toBe('build');
    const applies = plugin.applyToEnvironment as (environment: { name: string }) => boolean;
    expect(applies({ name: 'prerender' })).toBe(true);
    expect(applies({ name: 'ssr' })).toBe(true);
    expect(applies({ name: 'client' })).toBe(false);
  });
});
