/**
 * One value per process, shared by the module graphs this folder's code runs
 * in during a build: the build script's and the Astro configuration's (the
 * entry pages' decisions, the Markdown renderer's integration) and the bundle
 * Astro renders the pages from (and, under `astro dev`, the content layer's).
 * A module-level variable exists once in each, so whatever it caches would be
 * worked out twice (one `git log` per graph, every entry hashed twice).
 */
export function perProcess<T>(name: string, create: () => T): T {
  const store = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`heliograph.${name}`);
  if (!(key in store)) store[key] = create();
  return store[key] as T;
}
