/**
 * Defines `key` on `target` as a value worked out when first read, then kept
 * as a plain property. The property is enumerable, so a spread, a comparison
 * or JSON sees it like any other (and reads it). Used where most values are
 * never read: the body of an entry loaded from the parse cache (load.ts),
 * and a published change's id, facts and excerpt (a build lists every change
 * of every entry, but its feeds show only the newest few per scope).
 */
export function lazyField<T extends object>(target: T, key: PropertyKey, make: () => unknown): T {
  return Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}
