/**
 * A content folder read the plain way — the `yaml` library over each file's
 * front matter, no Heliograph code — so tests can compute what the outputs
 * should hold independently of the lib that produced them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export type Collection = 'incidents' | 'maintenance' | 'releases' | 'notices';
export const COLLECTIONS: readonly Collection[] = ['incidents', 'maintenance', 'releases', 'notices'];

export interface RawEntry {
  collection: Collection;
  /** The path below the collection folder without `.md`: `2026/eur-sign-in`. */
  id: string;
  // Front matter as YAML gives it: times are the source strings.
  data: Record<string, any>;
}

export interface RawContent {
  site: Record<string, any>;
  regions: { code: string; name: string }[];
  components: { id: string; name: string }[];
  entries: RawEntry[];
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? markdownFiles(full) : name.endsWith('.md') ? [full] : [];
  });
}

export function readRawContent(dir: string): RawContent {
  const yamlFile = (name: string) => parse(readFileSync(path.join(dir, name), 'utf8'));
  const entries = COLLECTIONS.flatMap((collection) =>
    markdownFiles(path.join(dir, collection)).map((file) => {
      const text = readFileSync(file, 'utf8');
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!frontMatter) throw new Error(`${file}: no front matter`);
      const id = path.relative(path.join(dir, collection), file).slice(0, -'.md'.length).split(path.sep).join('/');
      return { collection, id, data: parse(frontMatter[1]!) as Record<string, any> };
    }),
  );
  return { site: yamlFile('site.yaml'), regions: yamlFile('regions.yaml'), components: yamlFile('components.yaml'), entries };
}

/** A source time as the outputs write it: UTC with milliseconds. */
export const utc = (time: string | Date) => new Date(time).toISOString();

export const touches = (regions: readonly string[], code: string) => regions.includes('global') || regions.includes(code);

/** The raw content grouped the way the tests look things up: site, regions, components and entries by kind. */
export function rawByKind(dir: string) {
  const raw = readRawContent(dir);
  const ofKind = (collection: Collection) => raw.entries.filter((e) => e.collection === collection);
  return {
    site: raw.site as { url: string; title: string },
    regions: raw.regions,
    components: raw.components,
    incidents: ofKind('incidents'),
    maintenance: ofKind('maintenance'),
    releases: ofKind('releases'),
    notices: ofKind('notices'),
  };
}
