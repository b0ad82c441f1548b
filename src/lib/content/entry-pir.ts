/**
 * An incident's PIR sections (markdown.ts), worked out once per body: the
 * validation pass keeps them in the parse cache with the file's parse result,
 * so a rebuild checks an unchanged incident's PIR without parsing its
 * Markdown again (a syntax tree per incident was a quarter of a 10k
 * rebuild's validation). Kept on the entry like its source
 * (entry-source.ts): a non-enumerable, process-wide symbol, outside its data.
 */
import { pirSections, type PirSections } from './markdown.ts';

const PIR = Symbol.for('heliograph.entry-pir');

type WithPir = { body: string; [PIR]?: PirSections };

export function withPirSections<E extends { body: string }>(entry: E, pir: PirSections): E {
  Object.defineProperty(entry, PIR, { value: pir, enumerable: false });
  return entry;
}

/** The PIR sections of the entry's body: as the validation pass kept them, else parsed now (and kept). */
export function entryPirSections(entry: { body: string }): PirSections {
  const known = (entry as WithPir)[PIR];
  if (known) return known;
  const pir = pirSections(entry.body);
  withPirSections(entry, pir);
  return pir;
}
