/**
 * Turns the bytes of one content file into plain data plus a line for every
 * field, or into problems. YAML is read with the `yaml` library's core schema,
 * so times stay source text (the schema checks them) and duplicate keys,
 * anchors and aliases can be refused with their line.
 */
import matter from 'gray-matter';
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Problem } from './problem.ts';

/** Line of every field by dotted path (`updates.1.at`); `''` is the document. */
export type LineMap = Record<string, number>;

export type Parsed<T = unknown> =
  | { ok: true; data: T; body: string; lines: LineMap }
  | { ok: false; problems: Problem[] };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes strict UTF-8, drops a byte-order mark and normalises CRLF. */
export function decode(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, problems: [fileProblem(file, 'found bytes that are not UTF-8, expected a UTF-8 text file')] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

/** A Markdown entry: front matter between `---` lines, then the body. */
export function parseEntrySource(file: string, bytes: Uint8Array): Parsed {
  const decoded = decode(file, bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  if (text.trim() === '') {
    return { ok: false, problems: [fileProblem(file, 'found an empty file, expected front matter between --- lines, then Markdown')] };
  }
  if (!/^---[ \t]*\n/.test(text)) {
    return { ok: false, problems: [fileProblem(file, 'found no front matter, expected the file to start with a --- line', 1)] };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return { ok: false, problems: [fileProblem(file, 'found front matter that never ends, expected a closing --- line', 1)] };
  }
  const { yamlText, body } = splitEntry(text);
  const parsed = parseYaml(file, yamlText, 'front matter');
  if (!parsed.ok) return parsed;
  if (!isPlainObject(parsed.data)) {
    return {
      ok: false,
      problems: [fileProblem(file, `found front matter that is ${kindOf(parsed.data)}, expected a mapping of fields`, 2)],
    };
  }
  return { ok: true, data: parsed.data, body, lines: { [BODY_LINE]: bodyLine(text, body), ...parsed.lines } };
}

/**
 * gray-matter splits; `yaml` parses. The matter text starts with the newline
 * after the opening ---, so its line numbers are the file's line numbers.
 */
function splitEntry(text: string): { yamlText: string; body: string } {
  let yamlText = '';
  const engine = {
    parse: (source: string) => {
      yamlText = source;
      return {};
    },
    stringify: () => '',
  };
  const body = matter(text, { engines: { yaml: engine } }).content;
  return { yamlText, body };
}

/** The body of an entry file that parsed before (the parse cache keeps no bodies): what parseEntrySource gives as `body` for these bytes. */
export function entryBody(file: string, bytes: Uint8Array): string {
  const decoded = decode(file, bytes);
  if (!decoded.ok) throw new Error(`${file}: ${decoded.problems[0]?.message ?? 'unreadable'}`);
  return splitEntry(decoded.text).body;
}

/** The LineMap key of the line the Markdown body starts on (not a front matter key: those are validated). */
export const BODY_LINE = 'body';

function bodyLine(text: string, body: string): number {
  const start = body === '' ? text.length : text.lastIndexOf(body);
  return text.slice(0, start).split('\n').length;
}

/** A whole-file YAML document (site.yaml, regions.yaml, components.yaml). */
export function parseYamlSource(file: string, bytes: Uint8Array): Parsed {
  const decoded = decode(file, bytes);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim() === '') {
    return { ok: false, problems: [fileProblem(file, 'found an empty file, expected YAML')] };
  }
  return parseYaml(file, decoded.text, 'YAML');
}

function parseYaml(file: string, source: string, what: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false });
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const line = lineCounter.linePos(error.pos[0]).line;
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(source.split('\n')[line - 1] ?? '')?.[1];
      problems.push({
        severity: 'error',
        file,
        line,
        field: key ?? '-',
        message: 'found this key a second time, expected each key once',
      });
      continue;
    }
    problems.push(fileProblem(file, `found invalid YAML (${firstLine(error.message)}), expected valid ${what}`, line));
  }
  if (problems.length === 0) {
    visit(doc, (_key, node) => {
      if (isAlias(node) || (isNode(node) && node.anchor)) {
        const start = isNode(node) && node.range ? node.range[0] : 0;
        problems.push(
          fileProblem(file, 'found a YAML anchor or alias, expected plain values (anchors and aliases are not allowed)', lineCounter.linePos(start).line),
        );
        return visit.BREAK;
      }
      return undefined;
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, data: doc.toJS({ maxAliasCount: 0 }) ?? null, body: '', lines: lineMap(doc, lineCounter) };
}

function lineMap(doc: Document, counter: LineCounter): LineMap {
  const lines: LineMap = {};
  const walk = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = `${path}${path ? '.' : ''}${String(pair.key.value)}`;
        if (pair.key.range) lines[key] = counter.linePos(pair.key.range[0]).line;
        walk(pair.value, key);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const key = `${path}${path ? '.' : ''}${i}`;
        if (isNode(item) && item.range) lines[key] = counter.linePos(item.range[0]).line;
        walk(item, key);
      });
    }
  };
  const root = doc.contents as Node | null;
  if (root && root.range) lines[''] = counter.linePos(root.range[0]).line;
  walk(root, '');
  return lines;
}

/** The line of a field, or of its nearest ancestor that has one. */
export function lineOf(lines: LineMap, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = lines[path.slice(0, n).map(String).join('.')];
    if (line !== undefined) return line;
  }
  return undefined;
}

function fileProblem(file: string, message: string, line?: number): Problem {
  return line === undefined ? { severity: 'error', file, field: '-', message } : { severity: 'error', file, line, field: '-', message };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return `a single value (${typeof value})`;
}
