/**
 * The build: validate all content, then build with Astro into a staging
 * folder beside the output and swap it in only when everything succeeded, so
 * a failed build leaves the previous site untouched.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/content/problem.ts';
import { COLLECTIONS, type Entry } from '../lib/content/types.ts';
import { byTimeDesc } from '../lib/index/site-index.ts';
import { siteUrlOverrideProblem } from '../lib/content/site-url-override.ts';
import { validateContentOnce } from '../lib/check/validate.ts';
import { resolveNow } from '../lib/time/now.ts';
import { PhaseClock, phaseIntegration, type PhaseSeconds } from './phases.ts';
import { leftoverPrevious, leftoverStaging, removeInBackground, swapIntoPlace } from './swap.ts';
import { takeBuildLock } from './build-lock.ts';
import { buildKey } from './build-key.ts';
import { siteConfig } from './site-config.ts';
import { holdHeapDown } from './heap-ceiling.ts';
import { cacheCompiledCode, setAsideOvergrownCompileCaches } from './compile-cache.ts';
import { PageKeeper } from './page-keeper.ts';
import { missingFiles } from './missing-files.ts';
import { prefetchContent } from './content-prefetch.ts';
import { parseAhead } from './parse-ahead.ts';
import { aheadFrom, bodiesAhead, type BodiesAhead } from './bodies-ahead.ts';
import { keepAsSpare, retireStaging, spareOf, takeSpare } from './spare.ts';
import { hasParseCache, readParseCache, writeParseCache } from './parse-cache-file.ts';
import { closeBuildSession, openBuildSession, type BuildSession } from '../data/build-session.ts';
import { decideEntryPages } from '../data/incremental.ts';
import { prefetchLastChanged } from '../data/last-changed.ts';
import { BUILD_ID_FILE, manifestId, parseManifest, serialiseManifest } from '../lib/incremental/manifest.ts';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** The pinned "now" of this build (UTC ISO). */
  now: string;
  log?: (line: string) => void;
  logError?: (line: string) => void;
}

export interface BuildReport {
  ok: boolean;
  errors: number;
  warnings: number;
  pages: number;
  /** Pages rendered by this build, and pages kept from the previous one. */
  rendered: number;
  reused: number;
  /** Seconds spent in each phase of this build (see phases.ts). */
  phases: PhaseSeconds;
}

export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  // Nothing is touched before this: another build may be writing (build-lock.ts).
  const lock = takeBuildLock(process.cwd());
  if ('heldBy' in lock) {
    const shown = path.relative(process.cwd(), path.resolve(options.outDir)) || options.outDir;
    const who = lock.heldBy > 0 ? `process ${lock.heldBy}` : 'another process';
    (options.logError ?? console.error)(
      `Build stopped: another build (${who}) is running in this project, and two at once would write over each other. ` +
        `Nothing was written; ${shown}/ is unchanged. Build again when it has finished (if no build is running, remove ${path.relative(process.cwd(), lock.file)}).`,
    );
    return { ok: false, errors: 1, warnings: 0, pages: 0, rendered: 0, reused: 0, phases: {} };
  }
  // Astro, Vite and the bundle load after this point (compile-cache.ts).
  cacheCompiledCode();
  // Rendering makes garbage faster than V8 chooses to collect it (heap-ceiling.ts).
  const heap = holdHeapDown();
  try {
    return await validateAndBuild(options);
  } finally {
    heap.stop();
    lock.release();
  }
}

async function validateAndBuild(options: BuildOptions): Promise<BuildReport> {
  const { contentDir, outDir, log = console.log, logError = console.error } = options;
  const now = resolveNow({ HELIOGRAPH_NOW: options.now });
  const out = path.resolve(outDir);
  const shown = path.relative(process.cwd(), out) || out;
  // Pages and loaders read the build's settings from the environment.
  process.env['HELIOGRAPH_NOW'] = now;
  process.env['HELIOGRAPH_CONTENT'] = contentDir;

  const cacheDir = cacheDirFor(contentDir);
  const clock = new PhaseClock();
  // The content's last commits, read while the files are validated (src/data/last-changed.ts).
  const commits = prefetchLastChanged(contentDir);
  // The previous output and the manifest it was written with: which of its files are still there is looked up while the files are validated.
  const previousDir = existsSync(out) ? out : undefined;
  // The manifest of an output lives beside Astro's cache, one per output folder.
  const manifestFile = path.join(cacheDir, `manifest-${createHash('sha256').update(out).digest('hex').slice(0, 16)}.json`);
  const previousManifest = previousDir ? parseManifest(readIfExists(manifestFile), readIfExists(path.join(out, BUILD_ID_FILE))) : undefined;
  const missing = previousDir && previousManifest ? missingFiles(previousDir, Object.keys(previousManifest.pages)) : Promise.resolve(new Set<string>());
  // Beside the output, so the final rename stays on one file system.
  const staging = `${out}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  // An interrupted build's staging folder (this build holds the lock, so no other is running) is a spare tree like any other.
  const interrupted = leftoverStaging(out).filter((tree) => !keepAsSpare(tree, out));
  removeInBackground(interrupted);
  // A rebuild writes into the folders of the output before the previous one (spare.ts), emptied of its files on the other core from now on.
  const reuse = previousDir !== undefined && takeSpare(out, staging);
  // Kept pages are linked in, on the other core, while Astro sets up, bundles and renders the others.
  const keeper = previousDir ? new PageKeeper(previousDir, staging, { reuse }) : undefined;
  clock.start('validation');
  // The files are listed and read on the other core while this thread reads the parse cache and loads Astro (content-prefetch.ts).
  // Not in a first build: with nothing cached, every file is read and parsed here anyway, so reading it ahead would only read it twice.
  const cached = hasParseCache(cacheDir);
  const prefetched = cached ? prefetchContent(contentDir) : Promise.resolve(undefined);
  // Unchanged files are not parsed again (src/lib/content/parse-cache.ts).
  const parsed = readParseCache(cacheDir);
  // A first build parses every file: half of them on the other core (parse-ahead.ts).
  const parsing = cached ? undefined : parseAhead(contentDir, process.cwd(), parsed.cache);
  // Loading Astro is set-up time, whenever it happens.
  clock.start('setup');
  const [{ build }, { mergeConfig }] = await Promise.all([import('astro'), import('astro/config')]);
  clock.start('validation');
  const result = validateContentOnce(contentDir, now, process.cwd(), parsing?.cache ?? parsed.cache, await prefetched);
  await parsing?.stop();
  writeParseCache(cacheDir, parsed);
  clock.stop();
  const siteUrl = siteUrlOverrideProblem(process.env['SITE_URL']);
  const bodiesFrom = aheadFrom(process.env['HELIOGRAPH_BODIES_AHEAD_FROM']);
  const settings = [siteUrl, 'problem' in bodiesFrom ? bodiesFrom.problem : undefined].filter((p) => p !== undefined);
  for (const problem of [...result.problems, ...settings]) log(formatProblem(problem));
  const errors = result.errors + settings.length;
  if (errors > 0) {
    const where = [result.errors > 0 ? `${contentDir}/` : undefined, ...settings.map((p) => p.field)].filter(Boolean).join(' and ');
    // The spare tree, perhaps emptied of some files, goes back to being the spare (spare.ts: any tree will do).
    await keeper?.stop();
    if (reuse) retireStaging(staging, out);
    logError(`\nBuild stopped: ${errors} error${errors === 1 ? '' : 's'} in ${where}. Nothing was written; ${shown}/ is unchanged.`);
    return { ok: false, errors, warnings: result.warnings, pages: 0, rendered: 0, reused: 0, phases: clock.seconds };
  }

  mkdirSync(path.dirname(out), { recursive: true });
  if (!reuse) mkdirSync(staging);

  clock.start('decisions');
  await commits;
  // A rebuild keeps what it may of the live output (src/data/incremental.ts).
  const session: BuildSession = {
    build: buildKey(result.content),
    previousDir,
    previous: previousManifest,
    missing: await missing,
    pages: new Map(),
    reused: new Set(),
    decided: new Map(),
  };
  const rendered = { pages: 0 };
  if (keeper) session.keep = (file) => keeper.keep(file);
  openBuildSession(session);
  let ahead: BodiesAhead | undefined;
  let rendering: Entry[] = [];
  try {
    // Entry pages are most of the pages: decided now, so their links go in from the start.
    // Their bodies are rendered on the other core while Astro sets up, bundles and renders the other pages (bodies-ahead.ts).
    rendering = decideEntryPages(result.content, now);
    // In the order their routes list the pages: by kind, newest first (src/pages/*/[...id].astro).
    ahead = bodiesAhead(
      COLLECTIONS.flatMap((collection) => byTimeDesc(rendering.filter((entry) => entry.collection === collection))),
      'from' in bodiesFrom ? bodiesFrom.from : undefined,
    );
    clock.start('setup');
    // A reused tree must hold none of its old files before Astro writes the first.
    await keeper?.cleared();
    const options = {
      integrations: [phaseIntegration(clock), countRendered(rendered), ahead.integration],
      outDir: staging,
      cacheDir,
      // Astro would empty the staging folder, and the links already in it with it.
      vite: { build: { emptyOutDir: false } },
    };
    // The site's configuration, merged with these options as Astro merges a config file with them (site-config.ts).
    const config = await siteConfig();
    await build(
      { ...(config ? { ...mergeConfig(config, options), configFile: false } : options), logLevel: process.env['HELIOGRAPH_LOG'] === 'debug' ? 'debug' : 'warn' },
      WITHOUT_CONTENT_LAYER,
    );
  } catch (error) {
    clock.stop();
    closeBuildSession();
    await ahead?.stop();
    // Nothing may still be writing into the staging folder when it is put aside.
    await keeper?.abandon();
    retireStaging(staging, out);
    const message = error instanceof Error ? error.message : String(error);
    logError(`Build failed: ${message}\nNothing was written; ${shown}/ is unchanged.`);
    return { ok: false, errors: 1, warnings: result.warnings, pages: 0, rendered: 0, reused: 0, phases: clock.seconds };
  }

  closeBuildSession();
  await ahead.stop();
  clock.start('reuse');
  const manifestNext = `${manifestFile}.${process.pid}.tmp`;
  try {
    await keeper?.done();
    writeManifest(session, staging, manifestNext);
  } catch (error) {
    rmSync(manifestNext, { force: true });
    clock.stop();
    retireStaging(staging, out);
    const message = error instanceof Error ? error.message : String(error);
    logError(`Build failed while keeping unchanged pages: ${message}\nNothing was written; ${shown}/ is unchanged.`);
    return { ok: false, errors: 1, warnings: result.warnings, pages: 0, rendered: 0, reused: 0, phases: clock.seconds };
  }

  clock.start('swap');
  const leftovers = leftoverPrevious(out);
  const previous = swapIntoPlace(staging, out);
  // After the swap: until this rename, the old manifest does not match the new output's id, so nothing is trusted.
  renameSync(manifestNext, manifestFile);
  clock.stop();
  // The new site is live; the old tree is the next build's spare (spare.ts), emptied of its files now, between builds, rather than
  // at the start of the next one (after a full render that is every file's last link: 2.4 s at 10k); any other old tree goes.
  const spared = previous !== undefined && keepAsSpare(previous, out);
  removeInBackground([...(previous && !spared ? [...leftovers, previous] : leftovers), ...setAsideOvergrownCompileCaches()], existsSync(spareOf(out)) ? [spareOf(out)] : []);
  if (process.env['HELIOGRAPH_LOG'] === 'debug') {
    for (const [phase, seconds] of Object.entries(clock.seconds)) log(`phase ${phase}: ${seconds.toFixed(2)} s`);
    if (parsing) log(`entry files parsed ahead on the other core: ${parsing.taken} of ${result.content.incidents.length + result.content.maintenance.length + result.content.releases.length + result.content.notices.length}`);
    log(`entry bodies rendered ahead on the other core: ${ahead.taken} of ${rendering.length} (${ahead.outOfTurn} asked for out of turn)`);
  }
  // Pages are HTML files, rendered or kept; a kept download (an SLA month's CSV and JSON) is not a page.
  const keptPages = [...session.reused].filter((file) => file.endsWith('.html')).length;
  return { ok: true, errors: 0, warnings: result.warnings, pages: rendered.pages + keptPages, rendered: rendered.pages, reused: keptPages, phases: clock.seconds };
}

/**
 * Astro's builder skips its content-layer sync when told `sync: false` (an
 * option of its AstroBuilder, not of the typed public `build()`). The sync
 * would start a Vite server to run the loaders, and a build needs none of
 * it: every file is validated and parsed above, the pages read the entries
 * from that pass (src/data/site-index.ts), no page imports `astro:content`,
 * and each entry page renders its own body (src/data/bodies.ts). At 10k
 * entries the sync cost a rebuild 1–2 s. Should Astro stop honouring the
 * option, the loaders run again and only report (src/data/loader.ts).
 */
const WITHOUT_CONTENT_LAYER = { sync: false } as Parameters<typeof import('astro').build>[1];

/** Counts the HTML pages Astro wrote, from its own list of files per route (walking the output would cost ~0.2 s at 10k). */
function countRendered(count: { pages: number }): AstroIntegration {
  return {
    name: 'heliograph-count-rendered',
    hooks: {
      'astro:build:done': ({ assets }) => {
        count.pages = 0;
        for (const files of assets.values()) for (const file of files) if (file.pathname.endsWith('.html')) count.pages++;
      },
    },
  };
}

/** Writes this build's manifest to `manifestNext` and its id into the output. */
function writeManifest(session: BuildSession, staging: string, manifestNext: string): void {
  const manifest = serialiseManifest(session.build, session.pages);
  mkdirSync(path.dirname(manifestNext), { recursive: true });
  writeFileSync(manifestNext, manifest);
  writeFileSync(path.join(staging, BUILD_ID_FILE), `${manifestId(manifest)}
`);
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** One cache folder (Astro's content layer, the parse cache, manifests) per content folder, so the sample site, tests and bench never share one. */
export function cacheDirFor(contentDir: string): string {
  return path.join('node_modules/.astro', path.resolve(contentDir).replace(/[^a-zA-Z0-9]+/g, '_'));
}

export function countFiles(dir: string, ext?: string): number {
  let n = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.isDirectory()) n += countFiles(path.join(dir, item.name), ext);
    else if (ext === undefined || item.name.endsWith(ext)) n++;
  }
  return n;
}

export function folderBytes(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const s = statSync(p);
    n += s.isDirectory() ? folderBytes(p) : s.size;
  }
  return n;
}
