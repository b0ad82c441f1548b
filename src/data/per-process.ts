/**
 * One value per process, shared by the two module graphs Astro runs this
 * folder's code in during a build: the content layer's (the loader) and the
 * bundle it renders the pages from. A module-level variable exists once in
 * each, so whatever it caches would be worked out twice (one `git log` per
 * graph, every entry hashed twice).
 */
export function perProcess<T>(name: string, create: () => T): T {
  const store = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`heliograph.${name}`);
  if (!(key in store)) store[key] = create();
  return store[key] as T;
}
