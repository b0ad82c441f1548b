/**
 * The validation pass: reads every file under `content/`, checks it against
 * the schema and reports every problem at once. The build, `check` and the
 * Astro loader all start here.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Problem } from './problem.ts';
import { describeFound } from './problem.ts';
import { componentSchema, ENTRY_SCHEMAS, regionSchema, siteSchema } from './schema.ts';
import type { SiteConfig } from './schema.ts';
import { entryBody, isPlainObject, lineOf, parseEntrySource, parseYamlSource } from './source.ts';
import type { LineMap } from './source.ts';
import type { Collection, Content, Entry } from './types.ts';
import { parseKey, parseKeyOf, type ParseCache, type ParsedEntry } from './parse-cache.ts';
import { isDirectory, walk } from './walk.ts';
import { holdsComment, withBodyComment, withSource } from './entry-source.ts';
import { lazyField } from './lazy-field.ts';
import { entryPirSections, withPirSections } from './entry-pir.ts';
import { COLLECTIONS } from './types.ts';

export interface LoadResult {
  content: Content;
  /** Schema problems: structure, types, ids, YAML. Cross-entry rules come from `checkContent`. */
  problems: Problem[];
  /** Field lines per file, for rules that report later. */
  lines: Map<string, LineMap>;
  /** False when site.yaml, regions.yaml or components.yaml could not be read: references are not checked. */
  referencesKnown: boolean;
}

const SEGMENT = /^[a-z0-9][a-z0-9.-]*$/;
/** Files every kind folder and scope publishes beside its entry pages. */
const RESERVED_IDS = new Set(['rss.xml', 'atom.xml', 'feed.json', 'maintenance.ics', 'maintenance-only.ics', 'badge.svg']);

/**
 * The files of each kind folder, already listed, and the digest of each one's
 * bytes (parse-cache.ts): the build reads them on another thread while this
 * one does other work (src/build/content-prefetch.ts). A file it lists is
 * read here only if the cache does not know its digest.
 */
export interface PrefetchedFiles {
  /** Kind folder (as `path.join(contentDir, kind)` names it) → its files as `walk` lists them; a folder missing here is walked. */
  listings: ReadonlyMap<string, readonly string[]>;
  /** File, as listed → digest of its bytes. */
  digests: ReadonlyMap<string, string>;
}

/** `cache`: parse results of unchanged files from an earlier run (see parse-cache.ts). */
export function loadContent(contentDir: string, cwd: string = process.cwd(), cache?: ParseCache, prefetched?: PrefetchedFiles): LoadResult {
  const problems: Problem[] = [];
  const lines = new Map<string, LineMap>();
  const rel = (abs: string) => path.relative(cwd, abs).split(path.sep).join('/');

  if (!isDirectory(contentDir)) {
    problems.push({ severity: 'error', file: rel(contentDir) || '.', field: '-', message: 'found no such folder, expected the content folder' });
  }

  const site = readYaml(path.join(contentDir, 'site.yaml'), 'mapping');
  const siteParsed = site.ok ? siteSchema.safeParse(site.data) : undefined;
  if (siteParsed && !siteParsed.success) problems.push(...zodProblems(site.file, site.data, site.lines, siteParsed.error, siteSchema));
  const siteConfig: SiteConfig = siteParsed?.success
    ? siteParsed.data
    : { title: 'Status', url: 'https://status.invalid', sla: 99.9, pir_business_days: 5, maintenance_notice_days: 5, holidays: [] };

  const regions = readList(path.join(contentDir, 'regions.yaml'), regionSchema, 'code');
  const components = readList(path.join(contentDir, 'components.yaml'), componentSchema, 'id');

  const content: Content = {
    site: siteConfig,
    regions: regions.items,
    components: components.items,
    incidents: [],
    maintenance: [],
    releases: [],
    notices: [],
  };

  for (const collection of COLLECTIONS) {
    const dir = path.join(contentDir, collection);
    const listed = prefetched?.listings.get(dir);
    if (listed === undefined && !isDirectory(dir)) continue;
    const seen = new Map<string, string>();
    // A listed file is the folder's path and names read from the disk, joined (walk and the prefetch list them so): its
    // names come from the folder's once, not from two path.relative calls per file (~60 ms at 10k entries).
    const prefix = dir + path.sep;
    const dirFile = rel(dir);
    for (const abs of listed ?? walk(dir)) {
      const under = abs.startsWith(prefix) ? abs.slice(prefix.length).split(path.sep).join('/') : undefined;
      const file = under === undefined || dirFile === '' ? rel(abs) : `${dirFile}/${under}`;
      const relative = under ?? path.relative(dir, abs).split(path.sep).join('/');
      if (!/\.md$/i.test(relative)) {
        problems.push({ severity: 'warning', file, field: '-', message: 'found a file that is not Markdown, expected only .md files here (ignored)' });
        continue;
      }
      const id = relative.replace(/\.md$/i, '');
      const idProblem = checkId(id);
      if (idProblem) {
        problems.push({ severity: 'error', file, field: 'id', message: idProblem });
        continue;
      }
      const key = id.toLowerCase();
      const clash = seen.get(key);
      if (clash !== undefined) {
        problems.push({ severity: 'error', file, field: 'id', message: `found the id ${JSON.stringify(id)} again (also ${clash}), expected each id once` });
        continue;
      }
      seen.set(key, file);
      // A file read elsewhere whose digest the cache knows is not read again.
      const digest = prefetched?.digests.get(abs);
      const prefetchedKey = cache && digest !== undefined ? parseKeyOf(collection, digest) : undefined;
      const prefetchedHit = prefetchedKey === undefined ? undefined : cache?.get(prefetchedKey);
      const bytes = prefetchedHit ? undefined : readFileSync(abs);
      const cacheKey = prefetchedHit ? prefetchedKey : cache && parseKey(collection, bytes!);
      const known = prefetchedHit ?? (cacheKey === undefined ? undefined : cache?.get(cacheKey));
      if (known) {
        lines.set(file, known.lines);
        const entry = withSource({ collection, id, file, data: known.data } as Entry, cacheKey);
        if (known.body !== undefined) entry.body = known.body;
        // Read from the file only if something asks (parse-cache.ts keeps no bodies).
        else lazyField(entry, 'body', () => bodyOf(abs, file, collection, cacheKey!));
        withBodyComment(entry, known.comment);
        if (known.pir) withPirSections(entry, known.pir);
        (content[collection] as Entry[]).push(entry);
        continue;
      }
      const parsed = parseEntryFile(collection, file, bytes!, cacheKey !== undefined);
      if (parsed.lines) lines.set(file, parsed.lines);
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        continue;
      }
      const entry = withSource({ collection, id, file, data: parsed.result.data, body: parsed.body } as Entry, cacheKey);
      if (parsed.result.pir) withPirSections(entry, parsed.result.pir);
      (content[collection] as Entry[]).push(entry);
      if (cacheKey !== undefined) cache?.set(cacheKey, parsed.result);
    }
  }

  return { content, problems, lines, referencesKnown: site.ok && regions.ok && components.ok };

  function readYaml(abs: string, shape: 'mapping' | 'list') {
    const file = rel(abs);
    if (!isFile(abs)) {
      problems.push({ severity: 'error', file, field: '-', message: `found no such file, expected a YAML ${shape}` });
      return { ok: false as const, file, data: undefined, lines: {} as LineMap };
    }
    const bytes = readFileSync(abs);
    // A settings file parsed before (a rebuild) comes from the cache: no YAML parser at all, when no entry changed either.
    const cacheKey = cache && parseKey(`settings-${shape}`, bytes);
    const known = cacheKey === undefined ? undefined : cache?.get(cacheKey);
    if (known) {
      lines.set(file, known.lines);
      return { ok: true as const, file, data: known.data, lines: known.lines };
    }
    const parsed = parseYamlSource(file, bytes);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return { ok: false as const, file, data: undefined, lines: {} as LineMap };
    }
    const isShape = shape === 'mapping' ? isPlainObject(parsed.data) : Array.isArray(parsed.data);
    if (!isShape) {
      problems.push({ severity: 'error', file, line: 1, field: '-', message: `found ${describeFound(parsed.data)}, expected a YAML ${shape}` });
      return { ok: false as const, file, data: undefined, lines: {} as LineMap };
    }
    lines.set(file, parsed.lines);
    if (cacheKey !== undefined) cache?.set(cacheKey, { data: parsed.data, body: '', lines: parsed.lines });
    return { ok: true as const, file, data: parsed.data, lines: parsed.lines };
  }

  function readList<S extends typeof regionSchema | typeof componentSchema>(abs: string, schema: S, key: 'code' | 'id') {
    const list = readYaml(abs, 'list');
    const items: z.output<S>[] = [];
    if (!list.ok) return { ok: false, items };
    const firstLine = new Map<string, number | undefined>();
    (list.data as unknown[]).forEach((raw, index) => {
      const result = schema.safeParse(raw);
      if (!result.success) {
        problems.push(...zodProblems(list.file, raw, list.lines, result.error, schema, [index]));
        return;
      }
      const value = (result.data as Record<string, string>)[key]!;
      const line = lineOf(list.lines, [index, key]);
      if (firstLine.has(value)) {
        const where = firstLine.get(value);
        problems.push({
          severity: 'error',
          file: list.file,
          ...(line === undefined ? {} : { line }),
          field: `${index}.${key}`,
          message: `found ${JSON.stringify(value)} again${where === undefined ? '' : ` (first on line ${where})`}, expected each ${key === 'code' ? 'region code' : 'component id'} once`,
        });
        return;
      }
      firstLine.set(value, line);
      items.push(result.data as z.output<S>);
    });
    return { ok: true, items };
  }
}

export type ParsedEntryFile =
  | { ok: true; body: string; lines: LineMap; result: ParsedEntry }
  | { ok: false; problems: Problem[]; lines?: LineMap };

/**
 * Parses one entry file and checks it against its kind's schema: its body,
 * and what the parse cache keeps of it (`result`: the schema's output, the
 * field lines, whether the body holds a comment, and with `withPir` an
 * incident's PIR sections); or its problems. The validation pass runs it on
 * every file it has no cached result for, and so does the build's reading
 * thread for a first build (src/build/parse-ahead.ts): one rule, one place.
 */
export function parseEntryFile(collection: Collection, file: string, bytes: Uint8Array, withPir: boolean): ParsedEntryFile {
  const parsed = parseEntrySource(file, bytes);
  if (!parsed.ok) return parsed;
  const schema = ENTRY_SCHEMAS[collection];
  const result = schema.safeParse(parsed.data);
  if (!result.success) return { ok: false, lines: parsed.lines, problems: zodProblems(file, parsed.data, parsed.lines, result.error, schema) };
  // An incident's PIR sections go into the cache with it; without a cache the checks work them out when they need them.
  const pir = withPir && collection === 'incidents' ? entryPirSections({ body: parsed.body }) : undefined;
  return { ok: true, body: parsed.body, lines: parsed.lines, result: { data: result.data, comment: holdsComment(parsed.body), lines: parsed.lines, ...(pir ? { pir } : {}) } };
}

/**
 * The body of an entry loaded from the parse cache, read from its file when
 * first asked: the same bytes, or the build stops (the file changed since it
 * was validated, and its body would not match its front matter).
 */
function bodyOf(abs: string, file: string, collection: string, key: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(abs);
  } catch {
    throw new Error(`${file} was removed while the site was being built; build again`);
  }
  if (parseKey(collection, bytes) !== key) throw new Error(`${file} changed while the site was being built; build again`);
  return entryBody(file, bytes);
}

function checkId(id: string): string | undefined {
  const segments = id.split('/');
  const bad = segments.find((s) => !SEGMENT.test(s));
  if (bad !== undefined) {
    return `found ${JSON.stringify(id)}, expected a file path of lower-case letters, digits, "-" and "." (the id is the path)`;
  }
  if (segments.at(-1) === 'index') return 'found index.md, expected a file named for the entry (index is reserved)';
  if (RESERVED_IDS.has(id)) return `found ${JSON.stringify(id)}, expected another name: its page would collide with the feed, calendar or badge of the same name`;
  return undefined;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** One problem per zod issue; an unknown key names the keys that are allowed there. */
export function zodProblems(
  file: string,
  data: unknown,
  lines: LineMap,
  error: z.ZodError,
  schema: z.ZodType,
  prefix: (string | number)[] = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const issuePath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const allowed = objectKeys(schema, issuePath);
      for (const key of issue.keys) {
        const fieldPath = [...prefix, ...issuePath, key];
        problems.push(problemAt(file, lines, fieldPath, `found an unknown key, expected one of: ${allowed.join(', ')}`));
      }
      continue;
    }
    const found = valueAt(data, issuePath);
    const message = found === undefined ? `missing, expected ${issue.message}` : `found ${describeFound(found)}, expected ${issue.message}`;
    problems.push(problemAt(file, lines, [...prefix, ...issuePath], message));
  }
  return problems;
}

export function problemAt(file: string, lines: LineMap, fieldPath: readonly (string | number)[], message: string, severity: Problem['severity'] = 'error'): Problem {
  const line = lineOf(lines, fieldPath);
  return { severity, file, ...(line === undefined ? {} : { line }), field: fieldPath.length ? fieldPath.join('.') : '-', message };
}

function valueAt(data: unknown, p: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of p) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** The keys an object schema accepts at `p` (looking through optional, default, pipe and arrays). */
function objectKeys(schema: z.ZodType, p: readonly (string | number)[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return;
      if (def['type'] === 'optional' || def['type'] === 'default' || def['type'] === 'nullable') current = def['innerType'];
      else if (def['type'] === 'pipe') current = def['in'];
      else return;
    }
  };
  unwrap();
  for (const key of p) {
    const def = (current as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def['type'] === 'array') current = def['element'];
    else if (def['type'] === 'object') current = (def['shape'] as Record<string, unknown>)[String(key)];
    else return [];
    unwrap();
  }
  const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  return def?.['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
}

export type { Collection };
