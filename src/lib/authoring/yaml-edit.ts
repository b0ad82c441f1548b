/**
 * Edits to front matter that leave every other byte alone. The `yaml`
 * Document API finds where a key or list ends; the new text is rendered by
 * `yaml` and spliced in there, so comments, key order, quoting and line
 * breaks elsewhere stay exactly as the author wrote them (re-serialising the
 * whole document would re-space comments and re-fold long lines).
 */
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import { AuthoringError } from './errors.ts';

type Plain = string | number | boolean;

function parseRoot(yaml: string): { doc: Document.Parsed; map: YAMLMap<unknown, unknown> } {
  const doc = parseDocument(yaml, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0) throw new AuthoringError(`found front matter that is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it first, then run the command again`);
  if (!isMap(doc.contents)) throw new AuthoringError('found front matter that is not a mapping of fields');
  return { doc, map: doc.contents };
}

function findPair(map: YAMLMap<unknown, unknown>, key: string): Pair<unknown, unknown> | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/** Whether the front matter has `key` at the top level. */
export function hasKey(yaml: string, key: string): boolean {
  return findPair(parseRoot(yaml).map, key) !== undefined;
}

/** The start of the line after `pos` (or `pos` itself at a line start). */
function lineEnd(text: string, pos: number): number {
  if (pos === 0 || text[pos - 1] === '\n') return pos;
  const newline = text.indexOf('\n', pos);
  return newline === -1 ? text.length : newline + 1;
}

function columnOf(text: string, pos: number): number {
  return pos - (text.lastIndexOf('\n', pos - 1) + 1);
}

/** Where a pair's value ends, trailing comment and newline included. */
function pairEnd(yaml: string, pair: Pair<unknown, unknown>): number {
  const node = (pair.value ?? pair.key) as Node;
  return lineEnd(yaml, node.range![2]);
}

/** `value` as YAML text on one line, or a block scalar for multi-line text. */
export function renderValue(value: Plain): string {
  return new Document(value).toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/** A mapping as block YAML lines at column 0, each ending in a newline. */
function renderMap(value: Record<string, Plain>): string {
  return new Document(value).toString({ lineWidth: 0 });
}

function splice(text: string, at: number, insert: string): string {
  const before = text.slice(0, at);
  return before + (before === '' || before.endsWith('\n') ? '' : '\n') + insert + text.slice(at);
}

/**
 * Adds `key: value` after the first of the `after` keys the front matter has
 * (or at the end). Refuses a key that is already there.
 */
export function insertPair(yaml: string, key: string, value: Plain, after: readonly string[] = []): string {
  const { map } = parseRoot(yaml);
  if (findPair(map, key)) throw new AuthoringError(`the front matter already has ${key}`);
  const anchor = after.map((k) => findPair(map, k)).find((p) => p !== undefined) ?? map.items.at(-1);
  const first = map.items[0]?.key as Node | undefined;
  const indent = ' '.repeat(first?.range ? columnOf(yaml, first.range[0]) : 0);
  const at = anchor ? pairEnd(yaml, anchor) : yaml.length;
  return splice(yaml, at, `${indent}${key}: ${indentBlock(renderValue(value), indent)}\n`);
}

function indentBlock(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/**
 * Appends `item` to the block list under `key`, in the list's own indentation.
 * An absent key or an empty `[]` becomes a block list; a non-empty flow list
 * `[...]` is edited through the Document API (the only case that re-renders).
 */
export function appendListItem(yaml: string, key: string, item: Record<string, Plain>, after: readonly string[] = []): string {
  const { doc, map } = parseRoot(yaml);
  const pair = findPair(map, key);
  const lines = renderMap(item).replace(/\n$/, '').split('\n');
  const itemText = (dashPrefix: string) => lines.map((l, i) => (i === 0 ? dashPrefix : ' '.repeat(dashPrefix.length)) + l).join('\n') + '\n';

  const first = map.items[0]?.key as Node | undefined;
  const keyIndent = first?.range ? columnOf(yaml, first.range[0]) : 0;
  const freshList = `${' '.repeat(keyIndent + 2)}- `;

  if (!pair) {
    const anchor = after.map((k) => findPair(map, k)).find((p) => p !== undefined) ?? map.items.at(-1);
    const at = anchor ? pairEnd(yaml, anchor) : yaml.length;
    return splice(yaml, at, `${' '.repeat(keyIndent)}${key}:\n${itemText(freshList)}`);
  }
  const list = pair.value;
  if (!isSeq(list)) {
    if (list === null || (isScalar(list) && list.value === null)) {
      // `updates:` with nothing after it.
      return splice(yaml, pairEnd(yaml, pair), itemText(freshList));
    }
    throw new AuthoringError(`found ${key} that is not a list, expected a list of updates`);
  }
  if (list.flow) {
    if (list.items.length > 0) {
      list.add(doc.createNode(item));
      return doc.toString({ lineWidth: 0 });
    }
    // `updates: []   # comment` → `updates:   # comment` and a block list below.
    const [start, end] = list.range!;
    const without = yaml.slice(0, start) + yaml.slice(end);
    return splice(without, lineEnd(without, start), itemText(freshList));
  }
  const last = list.items.at(-1) as Node;
  const firstItem = list.items[0] as Node;
  const itemStart = firstItem.range![0];
  const lineStart = yaml.lastIndexOf('\n', itemStart - 1) + 1;
  const dashPrefix = yaml.slice(lineStart, itemStart);
  if (!/^ *- +$/.test(dashPrefix)) throw new AuthoringError(`found ${key} written in a layout this command cannot extend; add the update by hand`);
  return splice(yaml, lineEnd(yaml, last.range![1]), itemText(dashPrefix));
}
