/**
 * The parse key of the bytes an entry was read from (parse-cache.ts), kept on
 * the entry by the validation pass, so a rebuild can tell an entry unchanged
 * without hashing its data and body again (src/data/incremental.ts).
 *
 * A non-enumerable property under a process-wide symbol: both of the module
 * graphs a build runs see it, and it is not part of the entry's data (it does
 * not show in JSON, in comparisons or in the schema). An entry made any other
 * way (a test's plain data) simply has none.
 */
const SOURCE = Symbol.for('heliograph.entry-source');

export function withSource<E extends object>(entry: E, key: string | undefined): E {
  if (key !== undefined) Object.defineProperty(entry, SOURCE, { value: key, enumerable: false });
  return entry;
}

export function entrySource(entry: object): string | undefined {
  return (entry as { [SOURCE]?: string })[SOURCE];
}
