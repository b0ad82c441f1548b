/**
 * Where the build keeps its parse cache (src/lib/content/parse-cache.ts): one
 * JSON file in the build's cache folder (cacheDirFor), tagged with a hash of the
 * parser and schema code and the dependencies, so a change to either starts
 * it afresh. Written atomically; an unreadable file is an empty cache.
 *
 * A rebuild after a few changed files writes only what is new since the
 * main file, to a second, small file tied to it by the main file's id: the
 * main file holds every entry (~32 MB at 10k entries, ~0.15 s to write), and
 * writing it again for one changed file was most of what one change added
 * to a rebuild's validation. The main file is written again, and the small
 * one dropped, once either the new or the no longer used results pass
 * COMPACT_SHARE of it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryParseCache, type ParsedEntry } from '../lib/content/parse-cache.ts';
import { PROJECT_ROOT } from './build-key.ts';

const FILE = 'heliograph-parsed.json';
/** What is new since FILE was written. */
const DELTA_FILE = 'heliograph-parsed.new.json';
const COMPACT_SHARE = 0.05;

let versionOnce: string | undefined;

/** Hash of what decides a parse result: the content library and the installed dependencies (once per process: the code does not change under it). */
function parserVersion(): string {
  return (versionOnce ??= hashParser());
}

function hashParser(): string {
  const hash = createHash('sha256');
  const dir = path.join(PROJECT_ROOT, 'src/lib/content');
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path.join(dir, name)));
  const lock = path.join(PROJECT_ROOT, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('base64url');
}

interface Stored {
  version: string;
  /** Names this main file; a delta file names the main file it adds to. */
  id?: string;
  entries: [string, ParsedEntry][];
}

interface StoredDelta {
  version: string;
  base: string;
  entries: [string, ParsedEntry][];
}

/** The cache as read, and what the writer needs to know of where its results came from. */
export interface ParseCacheRead {
  cache: MemoryParseCache;
  version: string;
  /** The main file's id and keys, when it was read. */
  base?: { id: string; keys: ReadonlySet<string> };
}

/**
 * Whether there is a parse cache this code can use (a rebuild); a first build
 * parses every file, and so does the first build after a change to the
 * content library, whose cache is of another version. Reads only the head of
 * the file: the writer puts the version first.
 */
export function hasParseCache(cacheDir: string): boolean {
  const head = `{"version":${JSON.stringify(parserVersion())},`;
  let fd: number | undefined;
  try {
    fd = openSync(path.join(cacheDir, FILE), 'r');
    const bytes = Buffer.alloc(head.length);
    return readSync(fd, bytes, 0, bytes.length, 0) === bytes.length && bytes.toString('utf8') === head;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readParseCache(cacheDir: string): ParseCacheRead {
  const version = parserVersion();
  const main = readStored<Stored>(path.join(cacheDir, FILE), version);
  if (!main) return { cache: new MemoryParseCache(), version };
  const known = new Map(main.entries);
  const base = main.id === undefined ? undefined : { id: main.id, keys: new Set(known.keys()) };
  // A delta file adds to the main file it names, and only to that one.
  const delta = base ? readStored<StoredDelta>(path.join(cacheDir, DELTA_FILE), version) : undefined;
  if (delta && delta.base === base?.id) for (const [key, value] of delta.entries) known.set(key, value);
  return { cache: new MemoryParseCache(known), version, ...(base ? { base } : {}) };
}

/** A stored file of this version whose entries are all well formed; undefined otherwise (missing, cut short, edited by hand, older). */
function readStored<T extends { version: string; entries: [string, ParsedEntry][] }>(file: string, version: string): T | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as T;
    if (stored.version === version && Array.isArray(stored.entries) && stored.entries.every(isStoredEntry)) return stored;
  } catch {
    // Missing or unreadable.
  }
  return undefined;
}

/** A damaged file (cut short, edited by hand) is refused whole rather than trusted entry by entry. */
function isStoredEntry(item: unknown): item is [string, ParsedEntry] {
  if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'string') return false;
  const value = item[1] as Partial<ParsedEntry> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    (value.body === undefined || typeof value.body === 'string') &&
    (value.comment === undefined || typeof value.comment === 'boolean') &&
    typeof value.data === 'object' &&
    value.data !== null &&
    typeof value.lines === 'object' &&
    value.lines !== null &&
    Object.values(value.lines).every((line) => Number.isInteger(line)) &&
    (value.pir === undefined || isPirSections(value.pir))
  );
}

function isPirSections(pir: unknown): boolean {
  const p = pir as Partial<Record<'sections' | 'incomplete' | 'promptOnly' | 'lines', unknown>> | null;
  return typeof p === 'object' && p !== null && typeof p.sections === 'object' && p.sections !== null && Array.isArray(p.incomplete) && Array.isArray(p.promptOnly) && typeof p.lines === 'object' && p.lines !== null;
}

/**
 * Saves what this run used (new results added, deleted files dropped), if
 * that differs from what was read: only the results the main file lacks,
 * while they and the main file's unused results stay under COMPACT_SHARE of
 * it; else everything, as a new main file.
 */
export function writeParseCache(cacheDir: string, { cache, version, base }: ParseCacheRead): void {
  if (!cache.changed && cache.used.size === cache.size) return;
  mkdirSync(cacheDir, { recursive: true });
  const outside = base ? [...cache.used].filter(([key]) => !base.keys.has(key)) : [];
  const unused = base ? base.keys.size - (cache.used.size - outside.length) : 0;
  const limit = (base?.keys.size ?? 0) * COMPACT_SHARE;
  if (base && outside.length <= limit && unused <= limit) {
    writeAtomically(path.join(cacheDir, DELTA_FILE), { version, base: base.id, entries: outside } satisfies StoredDelta);
    return;
  }
  writeAtomically(path.join(cacheDir, FILE), { version, id: randomUUID(), entries: [...cache.used] } satisfies Stored);
  // Tied to the main file it replaced: never read again, so only clutter.
  rmSync(path.join(cacheDir, DELTA_FILE), { force: true });
}

function writeAtomically(file: string, value: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
}
