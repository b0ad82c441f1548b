/**
 * The build manifest: the key of the code and settings that built an output,
 * and the fingerprint of each page a later build may keep instead of
 * rendering again. Only pages that cannot change by the clock are listed;
 * every other page is rendered by every build.
 *
 * The manifest is the build's own record, kept beside Astro's cache, not
 * published. The output carries only BUILD_ID_FILE: the hash of the manifest
 * that describes it, so a rebuild trusts a manifest only for the very output
 * it was written with (a restored cache, an interrupted build or another
 * build into the same folder can never make it keep a wrong page).
 */
import { hash } from 'node:crypto';

export const BUILD_ID_FILE = '.heliograph-build';
export const MANIFEST_VERSION = 1;

export interface BuildManifest {
  version: typeof MANIFEST_VERSION;
  /** Hash of the code, dependencies, configuration and settings of the build. */
  build: string;
  /** Output file (relative, `/`-separated) → fingerprint. Sorted by file. */
  pages: Record<string, string>;
}

/** The id an output carries for the manifest `text` that describes it. */
export function manifestId(text: string): string {
  return hash('sha256', text, 'base64url');
}

/**
 * The manifest in `text`, if it describes the output whose BUILD_ID_FILE
 * holds `id`; undefined when either is missing, they do not match, or the
 * manifest is unreadable or of another version (then nothing is reused).
 */
export function parseManifest(text: string | undefined, id: string | undefined): BuildManifest | undefined {
  if (text === undefined || id === undefined || manifestId(text) !== id.trim()) return undefined;
  try {
    const value = JSON.parse(text) as Partial<BuildManifest>;
    if (value.version !== MANIFEST_VERSION || typeof value.build !== 'string' || typeof value.pages !== 'object' || value.pages === null) return undefined;
    return value as BuildManifest;
  } catch {
    return undefined;
  }
}

export function serialiseManifest(build: string, pages: ReadonlyMap<string, string>): string {
  const sorted = Object.fromEntries([...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ version: MANIFEST_VERSION, build, pages: sorted } satisfies BuildManifest, null, 0)}\n`;
}

/** Whether a page with this fingerprint may be kept from the previous build. */
export function canReuse(previous: BuildManifest | undefined, build: string, file: string, print: string): boolean {
  return previous !== undefined && previous.build === build && previous.pages[file] === print;
}

/** The output file of a page URL path: "/incidents/a.b/" → "incidents/a.b/index.html". */
export function pageFile(urlPath: string): string {
  const p = decodeURI(urlPath).replace(/^\/+/, '');
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}
