/**
 * What parsing an entry file gave, remembered by the hash of its bytes, so a
 * rebuild parses and schema-checks only the files that changed. Only files
 * that parsed and passed the schema are remembered: a file with problems is
 * read again every time, so every problem is always reported. The cache is
 * plain data; where it is kept is the caller's business (the build keeps it
 * beside Astro's cache, src/build/parse-cache-file.ts).
 */
import { hash } from 'node:crypto';
import type { PirSections } from './markdown.ts';
import type { LineMap } from './source.ts';

export interface ParsedEntry {
  /** An entry file's schema output, or a settings file's YAML (JSON-safe: strings, numbers, booleans, arrays, objects). */
  data: unknown;
  /**
   * Not kept for entry files: bodies were two thirds of the cache (22 of
   * 32 MB at 10k entries), and a rebuild reads few of them — those of the
   * pages it renders, the excerpts its feeds and calendars show — so an entry
   * loaded from the cache reads its body from its file when first asked
   * (load.ts). Settings files have none.
   */
  body?: string;
  /** Whether the entry's body holds `<!--` (the prompts check, src/lib/check/rules.ts, looks only at those). */
  comment?: boolean;
  lines: LineMap;
  /** An incident's PIR sections (entry-pir.ts). */
  pir?: PirSections;
}

export interface ParseCache {
  get(key: string): ParsedEntry | undefined;
  set(key: string, value: ParsedEntry): void;
}

/** The key of a file: its collection (each has its own schema) and the hash of its bytes. */
export function parseKey(collection: string, bytes: Uint8Array): string {
  return parseKeyOf(collection, fileDigest(bytes));
}

/** The same key, from a digest made elsewhere (the build reads the files on another thread: src/build/content-prefetch.ts). */
export function parseKeyOf(collection: string, digest: string): string {
  return `${collection}:${digest}`;
}

/** The hash of a file's bytes that its key carries. */
export function fileDigest(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'base64url');
}

/** A cache over plain entries, e.g. read from a JSON file; `used` holds what this run asked for, to save. */
export class MemoryParseCache implements ParseCache {
  readonly used = new Map<string, ParsedEntry>();
  /** Whether anything was parsed that the cache did not have. */
  changed = false;
  private readonly known: ReadonlyMap<string, ParsedEntry>;
  constructor(known: ReadonlyMap<string, ParsedEntry> = new Map()) {
    this.known = known;
  }

  /** How many results the cache started with. */
  get size(): number {
    return this.known.size;
  }

  get(key: string): ParsedEntry | undefined {
    const hit = this.known.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  set(key: string, value: ParsedEntry): void {
    this.used.set(key, value);
    this.changed = true;
  }
}
