/** Small English helpers for sentences built from names. */

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * A region's name inside a sentence: "in the United Kingdom", "in Europe".
 * Names that are a plural or a union of states ("United …", "… Islands",
 * "… Emirates") take "the" in English.
 */
export function regionInSentence(name: string): string {
  return /^(United |Netherlands\b)|( Islands| Emirates| States)$/.test(name) ? `the ${name}` : name;
}

/** "1 region", "15 regions". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
