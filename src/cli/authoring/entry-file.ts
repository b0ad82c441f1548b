/**
 * Finding an entry from what the author typed, and writing a changed or new
 * entry only after the whole-content validation accepts it: the new text is
 * checked in memory against the rest of the content folder, then written to
 * a temporary file beside the target and renamed over it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent, zodProblems } from '../../lib/content/load.ts';
import type { Problem } from '../../lib/content/problem.ts';
import { formatProblem } from '../../lib/content/problem.ts';
import { checkContent } from '../../lib/check/rules.ts';
import { ENTRY_SCHEMAS } from '../../lib/content/schema.ts';
import { parseEntrySource } from '../../lib/content/source.ts';
import type { Collection, Entry } from '../../lib/content/types.ts';
import { COLLECTIONS } from '../../lib/content/types.ts';
import { AuthoringError } from '../../lib/authoring/errors.ts';

export interface EntryFile {
  collection: Collection;
  id: string;
  /** Absolute path. */
  abs: string;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

export function relativeFile(abs: string, cwd: string = process.cwd()): string {
  return toPosix(path.relative(cwd, abs));
}

/**
 * `2026/eur-sign-in`, `incidents/2026/eur-sign-in` or a path to the file.
 * A bare id is looked up in each of `collections`.
 */
export function locateEntry(ref: string, contentDir: string, collections: readonly Collection[]): EntryFile {
  const kinds = collections.join(' or ');
  const asFile = path.resolve(ref);
  if (/\.md$/i.test(ref) || (existsSync(asFile) && statSync(asFile).isFile())) {
    if (!existsSync(asFile)) throw new AuthoringError(`${ref}: no such file`);
    const inside = toPosix(path.relative(path.resolve(contentDir), asFile));
    const [collection, ...rest] = inside.split('/');
    if (inside.startsWith('..') || !collections.includes(collection as Collection) || rest.length === 0) {
      throw new AuthoringError(`${ref}: expected a file under ${toPosix(path.join(contentDir, collections[0]!))}/ (${kinds})`);
    }
    return { collection: collection as Collection, id: rest.join('/').replace(/\.md$/i, ''), abs: asFile };
  }
  const id = ref.replace(/^\/+|\/+$/g, '').replace(/\.md$/i, '');
  const [first, ...rest] = id.split('/');
  if (COLLECTIONS.includes(first as Collection) && rest.length > 0) {
    if (!collections.includes(first as Collection)) throw new AuthoringError(`${ref}: expected ${kinds}, found ${first}`);
    const abs = path.resolve(contentDir, first!, `${rest.join('/')}.md`);
    if (!existsSync(abs)) throw new AuthoringError(`${ref}: no such entry (looked for ${relativeFile(abs)})`);
    return { collection: first as Collection, id: rest.join('/'), abs };
  }
  const found = collections
    .map((collection) => ({ collection, id, abs: path.resolve(contentDir, collection, `${id}.md`) }))
    .filter((candidate) => existsSync(candidate.abs));
  if (found.length === 0) {
    const looked = collections.map((c) => relativeFile(path.resolve(contentDir, c, `${id}.md`))).join(', ');
    throw new AuthoringError(`${ref}: no such ${kinds} entry (looked for ${looked})`);
  }
  if (found.length > 1) {
    throw new AuthoringError(`${ref}: both ${found.map((f) => `${f.collection}/${id}`).join(' and ')} exist; name one with its folder`);
  }
  return found[0]!;
}

export function readEntry(file: EntryFile): string {
  return readFileSync(file.abs, 'utf8');
}

/**
 * Validates `text` as the new content of `file` with the schema and the
 * whole-content rules, then writes it atomically. Errors in this file refuse
 * the change (nothing is written); its warnings are returned.
 */
export function writeEntry(contentDir: string, file: EntryFile, text: string, now: string, options: { create?: boolean } = {}): Problem[] {
  const cwd = process.cwd();
  const rel = relativeFile(file.abs, cwd);
  if (options.create && existsSync(file.abs)) {
    throw new AuthoringError(`${rel} already exists; pick another --slug, or edit that entry with npm run update`);
  }
  const problems = validateEntryText(contentDir, file, rel, text, now, cwd);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new AuthoringError(`refused: the result would not pass check, so ${rel} was not ${options.create ? 'written' : 'changed'}:\n${errors.map(formatProblem).join('\n')}`);
  }
  writeAtomically(file.abs, text);
  return problems.filter((p) => p.severity === 'warning');
}

function validateEntryText(contentDir: string, file: EntryFile, rel: string, text: string, now: string, cwd: string): Problem[] {
  const parsed = parseEntrySource(rel, Buffer.from(text, 'utf8'));
  if (!parsed.ok) return parsed.problems;
  const schema = ENTRY_SCHEMAS[file.collection];
  const result = schema.safeParse(parsed.data);
  if (!result.success) return zodProblems(rel, parsed.data, parsed.lines, result.error, schema);
  const load = loadContent(contentDir, cwd);
  const entries = load.content[file.collection] as Entry[];
  const entry = { collection: file.collection, id: file.id, file: rel, data: result.data, body: parsed.body } as Entry;
  (load.content as unknown as Record<Collection, Entry[]>)[file.collection] = [...entries.filter((e) => e.file !== rel), entry];
  load.lines.set(rel, parsed.lines);
  return checkContent(load, now).filter((p) => p.file === rel);
}

/** Temp file beside the target (a dotfile, so a concurrent check skips it), then rename. */
function writeAtomically(abs: string, text: string): void {
  const temp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.tmp`);
  mkdirSync(path.dirname(abs), { recursive: true });
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, abs);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
