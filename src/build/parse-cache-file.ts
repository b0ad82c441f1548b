/**
 * Where the build keeps its parse cache (src/lib/content/parse-cache.ts): one
 * JSON file in the build's cache folder (cacheDirFor), tagged with a hash of the
 * parser and schema code and the dependencies, so a change to either starts
 * it afresh. Written atomically; an unreadable file is an empty cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryParseCache, type ParsedEntry } from '../lib/content/parse-cache.ts';
import { PROJECT_ROOT } from './build-key.ts';

const FILE = 'heliograph-parsed.json';

/** Hash of what decides a parse result: the content library and the installed dependencies. */
function parserVersion(): string {
  const hash = createHash('sha256');
  const dir = path.join(PROJECT_ROOT, 'src/lib/content');
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path.join(dir, name)));
  const lock = path.join(PROJECT_ROOT, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('base64url');
}

interface Stored {
  version: string;
  entries: [string, ParsedEntry][];
}

export function readParseCache(cacheDir: string): { cache: MemoryParseCache; version: string } {
  const version = parserVersion();
  try {
    const stored = JSON.parse(readFileSync(path.join(cacheDir, FILE), 'utf8')) as Stored;
    if (stored.version === version && Array.isArray(stored.entries) && stored.entries.every(isStoredEntry)) {
      return { cache: new MemoryParseCache(new Map(stored.entries)), version };
    }
  } catch {
    // Missing or unreadable: start empty.
  }
  return { cache: new MemoryParseCache(), version };
}

/** A damaged file (cut short, edited by hand) is refused whole rather than trusted entry by entry. */
function isStoredEntry(item: unknown): item is [string, ParsedEntry] {
  if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'string') return false;
  const value = item[1] as Partial<ParsedEntry> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.body === 'string' &&
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

/** Saves what this run used (new results added, deleted files dropped), if that differs from what was read. */
export function writeParseCache(cacheDir: string, { cache, version }: { cache: MemoryParseCache; version: string }): void {
  if (!cache.changed && cache.used.size === cache.size) return;
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ version, entries: [...cache.used] } satisfies Stored));
  renameSync(tmp, file);
}
