/**
 * What the build script (src/build/build-site.ts) tells the pages about the
 * build it runs, and what the pages tell it back: the previous output and its
 * manifest, from which a page may be kept instead of rendered, and the
 * fingerprints of this build's reusable pages. Astro renders the pages in the
 * build script's own process, so both sides reach one object on globalThis;
 * under `astro dev`, or a bare `astro build`, there is none and every page is
 * rendered.
 */
import type { BuildManifest } from '../lib/incremental/manifest.ts';

export interface BuildSession {
  /** The build key: code, dependencies, configuration and settings (src/build/build-key.ts). */
  build: string;
  /** The live output of the previous build, if any. */
  previousDir: string | undefined;
  previous: BuildManifest | undefined;
  /** Files the previous manifest lists that its output no longer holds (src/build/missing-files.ts): never kept. */
  missing: ReadonlySet<string>;
  /** Filled by the pages: file → fingerprint of every reusable page of this build. */
  pages: Map<string, string>;
  /** Filled by the pages: the files kept from the previous output. */
  reused: Set<string>;
  /** Each timeless page's decision, kept or rendered, made once: the build script (entry pages, before Astro starts) and getStaticPaths ask alike (src/data/incremental.ts). */
  decided: Map<string, boolean>;
  /** Called as each file is kept, so the build can link it in while the other pages render (src/build/page-keeper.ts). */
  keep?: (file: string) => void;
}

const KEY = Symbol.for('heliograph.build-session');

export function buildSession(): BuildSession | undefined {
  return (globalThis as Record<symbol, BuildSession | undefined>)[KEY];
}

export function openBuildSession(session: BuildSession): void {
  (globalThis as Record<symbol, BuildSession | undefined>)[KEY] = session;
}

export function closeBuildSession(): void {
  delete (globalThis as Record<symbol, BuildSession | undefined>)[KEY];
}
