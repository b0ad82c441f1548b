/**
 * `npm run bench -- --entries 10000 [--runs N] [--keep] [--now ISO] [--settings DIR]`:
 * writes a deterministic corpus of that size to a temp folder and builds it
 * five times, each build in its own process: cold (no output, no cache), after
 * one changed entry, with nothing changed, after one entry added and one
 * deleted, and once more as on a CI runner (output and caches, no spare
 * tree). For each it prints the wall time, the peak memory (RSS) of the build
 * process and the seconds per phase. No target is enforced; compare the
 * numbers across changes. `--settings` is the folder whose site, regions and
 * components the corpus uses (default: content). `--runs N` makes each of
 * those builds, and each bare Astro reference below, N times, and shows the
 * median run with the highest peak (bench/repeat.ts).
 *
 * With `hugo` on the PATH, the same run also builds a minimal Hugo site of the
 * same entries cold `--reference-runs` times (default 3; 0: not at all) and
 * prints each build's time as a multiple of that reference's median, and
 * issue #14's targets at 1,000 and 10,000 entries, met or not
 * (bench/hugo-reference.ts, bench/targets.ts). Unless `--reference-runs 0`,
 * it also builds a bare Astro site of as many pages as the cold build wrote,
 * and one of as many as the one-change rebuild rendered, once each: Astro's
 * own floor for that many pages (bench/astro-floor.ts), set beside each
 * target it bears on.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDirFor, countFiles, folderBytes } from '../src/build/build-site.ts';
import { PHASES, type PhaseSeconds } from '../src/build/phases.ts';
import { runCli, UsageError } from '../src/cli/run.ts';
import { validateContent } from '../src/lib/check/validate.ts';
import { writeCorpus } from './bench/corpus.ts';
import { astroFloorBuild } from './bench/astro-floor.ts';
import { hugoColdBuild, hugoVersion, writeHugoSite } from './bench/hugo-reference.ts';
import { floorVerdict, median, targetRows } from './bench/targets.ts';
import { maxRuns, medianRun } from './bench/repeat.ts';
import { buildUptimeModel } from '../src/lib/uptime/day-model.ts';
import { slaMonth, slaMonths } from '../src/lib/uptime/sla-report.ts';

interface BuildRun {
  ok: boolean;
  seconds: number;
  peakMiB: number;
  pages: number;
  /** Pages this build rendered, and pages it kept from the previous build. */
  rendered: number;
  reused: number;
  phases: PhaseSeconds;
}

const ROOT = path.resolve(import.meta.dirname, '..');

/** One build in a child process (scripts/bench/build-once.ts). */
function buildOnce(contentDir: string, outDir: string, now: string): BuildRun {
  const child = spawnSync(process.execPath, ['--expose-gc', path.join(ROOT, 'scripts/bench/build-once.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HELIOGRAPH_CONTENT: contentDir, HELIOGRAPH_OUT: outDir, HELIOGRAPH_NOW: now },
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    process.stderr.write(child.stderr);
    throw new Error(`the build of ${contentDir} failed (exit ${child.status})`);
  }
  return JSON.parse(line) as BuildRun;
}

/**
 * Removes the bench's temp folder. The last build's background remover may
 * still be deleting a previous output inside it at the same time, which can
 * make one pass fail or miss a file: try a few passes.
 */
function removeBenchFolder(root: string): void {
  for (let pass = 0; pass < 5 && existsSync(root); pass++) {
    try {
      rmSync(root, { recursive: true, force: true });
    } catch {
      // Raced with the background remover; the next pass finishes the job.
    }
  }
  if (existsSync(root)) console.log(`not removed: ${root}`);
}

/** The corpus's entry files, sorted, relative to the content folder. */
function entryFiles(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '1000' },
      now: { type: 'string', default: '2026-11-21T12:00:00Z' },
      settings: { type: 'string', default: 'content' },
      keep: { type: 'boolean', default: false },
      'reference-runs': { type: 'string', default: '3' },
      runs: { type: 'string', default: '1' },
    },
  });
  const entries = Number(values.entries);
  if (!Number.isInteger(entries) || entries < 2) throw new UsageError(`--entries: found ${JSON.stringify(values.entries)}, expected a whole number ≥ 2`);
  const referenceRuns = Number(values['reference-runs']);
  if (!Number.isInteger(referenceRuns) || referenceRuns < 0) {
    throw new UsageError(`--reference-runs: found ${JSON.stringify(values['reference-runs'])}, expected a whole number ≥ 0`);
  }
  const times = Number(values.runs);
  if (!Number.isInteger(times) || times < 1 || times > maxRuns(entries)) {
    throw new UsageError(`--runs: found ${JSON.stringify(values.runs)}, expected a whole number from 1 to ${maxRuns(entries)} for ${entries} entries`);
  }
  const root = mkdtempSync(path.join(os.tmpdir(), `heliograph-bench-${entries}-`));
  const contentDir = path.join(root, 'content');
  const outDir = path.join(root, 'dist');
  const now = values.now;

  let t = performance.now();
  writeCorpus(contentDir, entries, now, values.settings);
  const generate = (performance.now() - t) / 1000;

  t = performance.now();
  const validation = validateContent(contentDir, now);
  const validate = (performance.now() - t) / 1000;

  // The reference, built from the same entries before Heliograph's builds (bench/hugo-reference.ts).
  const hugo = referenceRuns > 0 ? hugoVersion() : undefined;
  const hugoTimes: number[] = [];
  if (hugo) {
    const hugoDir = path.join(root, 'hugo');
    writeHugoSite(hugoDir, validation.content);
    // Nothing is deleted until the end (hugoColdBuild says why).
    for (let i = 0; i < referenceRuns; i++) hugoTimes.push(hugoColdBuild(hugoDir, i + 1));
  }
  const hugoSeconds = hugoTimes.length > 0 ? median(hugoTimes) : undefined;

  const files = entryFiles(contentDir);
  // Each build `times` times (bench/repeat.ts); `prepare` sets up run `i` (from 0) outside its timing.
  const repeated = (prepare: (i: number) => void) =>
    medianRun(
      Array.from({ length: times }, (_, i) => {
        prepare(i);
        return buildOnce(contentDir, outDir, now);
      }),
    );
  const floorRepeated = (dir: string, pages: number) => medianRun(Array.from({ length: times }, () => astroFloorBuild(dir, ROOT, pages)));
  const runs: [string, ReturnType<typeof repeated>][] = [];
  // Cold: no output and no cache, each time.
  runs.push([
    'cold',
    repeated((i) => {
      if (i === 0) return;
      for (const tree of [outDir, `${outDir}.spare`]) removeBenchFolder(tree);
      rmSync(path.join(ROOT, cacheDirFor(contentDir)), { recursive: true, force: true });
    }),
  ]);
  const size = { pages: runs[0]![1].pages, files: countFiles(outDir), mib: folderBytes(outDir) / 1024 / 1024 };
  // Astro's floor for as many pages, between the cold build and the rebuilds (bench/astro-floor.ts).
  const floor = referenceRuns > 0 ? floorRepeated(path.join(root, 'astro-floor'), size.pages) : undefined;

  // An update during an incident: one more sentence in one entry's body (another one each run).
  const changed = path.join(contentDir, files[Math.floor(files.length / 2)]!);
  runs.push(['one entry changed', repeated((i) => appendFileSync(changed, `\nOne more sentence, added for rebuild ${i + 1}.\n`))]);
  // And for as many pages as that rebuild rendered: what Astro alone takes to start, bundle and write them.
  const rebuildPages = Math.max(1, runs[1]![1].rendered);
  const rebuildFloor = referenceRuns > 0 ? floorRepeated(path.join(root, 'astro-floor-rebuild'), rebuildPages) : undefined;
  runs.push(['nothing changed', repeated(() => {})]);

  // One entry added (a copy of the first under a new name) and another deleted: another pair each run (bench/repeat.ts, maxRuns).
  const first = path.join(contentDir, files[0]!);
  runs.push([
    'one added, one deleted',
    repeated((i) => {
      writeFileSync(path.join(path.dirname(first), `added-${i === 0 ? '' : `${i + 1}-`}${path.basename(first)}`), readFileSync(first));
      unlinkSync(path.join(contentDir, files.at(-1 - i)!));
    }),
  ]);

  // A CI runner: the output and the caches restored, but no spare tree (the
  // deploy workflow does not cache it: docs/incremental.md), so the rebuild
  // makes every folder of its staging tree. The same content as the row above.
  const spareAside = path.join(root, 'spare-aside');
  runs.push([
    'no spare tree (CI)',
    repeated(() => {
      // The last run's spare, set aside here, may still be being emptied by that build's background remover.
      removeBenchFolder(spareAside);
      if (existsSync(`${outDir}.spare`)) renameSync(`${outDir}.spare`, spareAside);
    }),
  ]);
  removeBenchFolder(spareAside);

  // What the uptime work adds inside the build: the day model (once per build)
  // and every month's SLA report, timed on their own over the same content.
  t = performance.now();
  const uptime = buildUptimeModel(validation.content, now);
  for (const month of slaMonths(uptime)) slaMonth(uptime, month, validation.content.site.sla);
  const uptimeSeconds = (performance.now() - t) / 1000;
  const cold = runs[0]![1].seconds;
  const rows: [string, string][] = [
    ['entries', String(entries)],
    ['corpus written in', `${generate.toFixed(1)} s`],
    ['validation pass (check)', `${validate.toFixed(1)} s, ${validation.errors} errors, ${validation.warnings} warnings`],
    ['uptime model + SLA months', `${uptimeSeconds.toFixed(2)} s (${((uptimeSeconds / cold) * 100).toFixed(1)} % of the cold build)`],
    ['pages written', String(size.pages)],
    ['files written', String(size.files)],
    ['output size', `${size.mib.toFixed(1)} MiB`],
  ];
  rows.push([
    'reference (minimal Hugo, cold)',
    hugoSeconds === undefined
      ? referenceRuns === 0
        ? 'not built (--reference-runs 0)'
        : 'no hugo on the PATH (apt-get install hugo): no ratios'
      : `${hugo}: ${hugoTimes.map((t) => t.toFixed(2)).join(', ')} s, median ${hugoSeconds.toFixed(2)} s`,
  ]);
  rows.push([
    'bare Astro, as many pages, cold',
    floor === undefined
      ? 'not built (--reference-runs 0)'
      : `${floor.seconds.toFixed(1)} s (${((floor.seconds / cold) * 100).toFixed(0)} % of the cold build` +
        `${hugoSeconds === undefined ? '' : `, ${(floor.seconds / hugoSeconds).toFixed(2)}× Hugo`}), peak ${floor.peakMiB.toFixed(0)} MiB`,
  ]);
  rows.push([
    'bare Astro, as a rebuild renders',
    rebuildFloor === undefined
      ? 'not built (--reference-runs 0)'
      : `${rebuildFloor.seconds.toFixed(1)} s for ${rebuildPages} pages (as many as "one entry changed" rendered` +
        `${hugoSeconds === undefined ? '' : `, ${(rebuildFloor.seconds / hugoSeconds).toFixed(2)}× Hugo`}), peak ${rebuildFloor.peakMiB.toFixed(0)} MiB`,
  ]);
  for (const [k, v] of rows) console.log(`${k.padEnd(32)} ${v}`);
  console.log('');
  const ratio = (seconds: number) => (hugoSeconds === undefined ? '-' : (seconds / hugoSeconds).toFixed(2));
  console.log(['build'.padEnd(24), 'wall s'.padStart(8), '× Hugo'.padStart(8), 'peak MiB'.padStart(9), 'rendered'.padStart(9), 'kept'.padStart(8), ...PHASES.map((p) => p.padStart(Math.max(8, p.length + 1)))].join(''));
  for (const [name, run] of runs) {
    const phases = PHASES.map((p) => (run.phases[p] ?? 0).toFixed(1).padStart(Math.max(8, p.length + 1)));
    console.log(
      [name.padEnd(24), run.seconds.toFixed(1).padStart(8), ratio(run.seconds).padStart(8), run.peakMiB.toFixed(0).padStart(9), String(run.rendered).padStart(9), String(run.reused).padStart(8), ...phases].join(''),
    );
  }
  if (times > 1) {
    console.log('');
    console.log(`each build ${times} times: a row is the median run by wall time (its phases are that run's), with the highest peak of the ${times}`);
    for (const [name, run] of runs) console.log(`${name.padEnd(24)} ${run.all.map((t) => t.toFixed(1)).join(', ')} s`);
    if (floor) console.log(`${'bare Astro, cold'.padEnd(24)} ${floor.all.map((t) => t.toFixed(1)).join(', ')} s`);
    if (rebuildFloor) console.log(`${'bare Astro, rebuild'.padEnd(24)} ${rebuildFloor.all.map((t) => t.toFixed(1)).join(', ')} s`);
  }
  // Issue #14's targets at 1,000 and 10,000 entries, against the reference of this run.
  const targets = targetRows({
    entries,
    coldSeconds: cold,
    oneChangeSeconds: runs[1]![1].seconds,
    peakMiB: Math.max(...runs.map(([, run]) => run.peakMiB)),
    hugoSeconds,
    coldFloorSeconds: floor?.seconds,
    rebuildFloorSeconds: rebuildFloor?.seconds,
  });
  if (targets.length > 0) {
    console.log('');
    console.log(['target'.padEnd(34), 'measured'.padStart(10), 'limit'.padStart(10), '  met', '  bare Astro, as many pages'].join(''));
    for (const t of targets) {
      const figure = (n: number) => `${t.unit === 's' ? n.toFixed(1) : n.toFixed(0)} ${t.unit}`;
      console.log([t.target.padEnd(34), figure(t.measured).padStart(10), figure(t.limit).padStart(10), (t.met ? '  yes' : '  no').padEnd(5), floorVerdict(t) ? `  ${floorVerdict(t)}` : ''].join('').trimEnd());
    }
  }
  if (values.keep) console.log(`kept: ${root}`);
  else {
    removeBenchFolder(root);
    // The corpus's caches (parsed entries, rendered bodies, manifests) go with it.
    rmSync(path.join(ROOT, cacheDirFor(contentDir)), { recursive: true, force: true });
  }
  return 0;
});
