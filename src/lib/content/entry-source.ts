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

const COMMENT = Symbol.for('heliograph.entry-comment');

/** Records whether the entry's body holds `<!--`, known without reading the body (parse-cache.ts). */
export function withBodyComment<E extends object>(entry: E, comment: boolean | undefined): E {
  if (comment !== undefined) Object.defineProperty(entry, COMMENT, { value: comment, enumerable: false });
  return entry;
}

/** Whether a body holds an HTML comment (`<!--`): what the parse cache records for each entry. */
export function holdsComment(body: string): boolean {
  return body.includes('<!--');
}

/** Whether the body holds `<!--`: from the parse cache when it knows, else from the body. */
export function bodyHasComment(entry: { body: string }): boolean {
  return (entry as { [COMMENT]?: boolean })[COMMENT] ?? holdsComment(entry.body);
}
