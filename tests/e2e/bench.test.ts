import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_CONTENT } from '../support/paths.ts';
import { hugoVersion } from '../../scripts/bench/hugo-reference.ts';

/** `npm run bench` with these arguments, in this project: how it ended and its output's lines. */
function bench(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/bench.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  return { run, lines: run.stdout.split('\n') };
}

// `npm run bench` at a tiny size, so the bench cannot rot: five real builds of a generated corpus.
describe('npm run bench at 3 entries', () => {
  const { run, lines } = bench('--entries', '3', '--settings', SAMPLE_CONTENT);

  it('exits 0 with a clean validation pass', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^entries +3$/m);
    expect(run.stdout).toMatch(/^validation pass \(check\) +\d+\.\d s, 0 errors, 0 warnings$/m);
    expect(run.stdout).toMatch(/^pages written +[1-9]\d*$/m);
    expect(run.stdout).not.toContain('not removed:');
  });

  it('prints a header with the phases and one row per build: wall seconds, peak MiB and a figure per phase', () => {
    const header = lines.find((l) => l.startsWith('build '));
    for (const column of ['wall s', '× Hugo', 'peak MiB', 'rendered', 'kept', 'start-up', 'validation', 'decisions', 'setup', 'bundling', 'paths', 'rendering + writing', 'reuse', 'swap']) {
      expect(header).toContain(column);
    }
    for (const build of ['cold', 'one entry changed', 'nothing changed', 'one added, one deleted', 'no spare tree (CI)']) {
      const row = lines.find((l) => l.startsWith(`${build}  `));
      expect(row, build).toBeDefined();
      const figures = row!.slice(build.length).trim().split(/\s+/);
      // wall s, the multiple of the Hugo reference, peak MiB, pages rendered and kept, then the nine phases.
      expect(figures).toHaveLength(14);
      const [, ratio, ...rest] = figures;
      for (const f of [figures[0]!, ...rest]) expect(f).toMatch(/^\d+(\.\d)?$/);
      // The ratio is the row's time over the reference's median (both printed rounded: within 15 %).
      if (hugoVersion()) expect(Math.abs(Number(ratio) / (Number(figures[0]) / referenceMedian()) - 1)).toBeLessThan(0.15);
      else expect(ratio).toBe('-');
      expect(Number(figures[2])).toBeGreaterThan(0);
      expect(Number(figures[3])).toBeGreaterThan(0);
      if (build === 'cold') expect(Number(figures[4])).toBe(0);
    }
  });

  // CI installs Debian's hugo (.ci/run); without it the bench says so and prints no ratios.
  it('times the minimal Hugo site of the same entries as the reference, or says there is no hugo', () => {
    const line = lines.find((l) => l.startsWith('reference (minimal Hugo, cold)'));
    if (hugoVersion()) expect(line).toMatch(/ hugo v[\d.]+\S*: \d+\.\d\d, \d+\.\d\d, \d+\.\d\d s, median \d+\.\d\d s$/);
    else expect(line).toMatch(/no hugo on the PATH/);
  });

  it("builds a bare Astro site of as many pages as Astro's own floor, with its time, its share of the cold build and its peak", () => {
    const line = lines.find((l) => l.startsWith('bare Astro, as many pages, cold'));
    expect(line).toMatch(/ \d+\.\d s \(\d+ % of the cold build(, \d+\.\d\d× Hugo)?\), peak [1-9]\d* MiB$/);
    const cold = Number(lines.find((l) => l.startsWith('cold  '))!.trim().split(/\s+/)[1]);
    const [, seconds, share] = /(\d+\.\d) s \((\d+) %/.exec(line!)!;
    expect(Math.abs(Number(share) - (100 * Number(seconds)) / cold)).toBeLessThan(5);
  });

  it('builds a bare Astro site of as many pages as the one-change rebuild rendered', () => {
    const line = lines.find((l) => l.startsWith('bare Astro, as a rebuild renders'));
    const rendered = Number(lines.find((l) => l.startsWith('one entry changed  '))!.slice('one entry changed'.length).trim().split(/\s+/)[3]);
    expect(rendered).toBeGreaterThan(0);
    expect(line).toMatch(new RegExp(` \\d+\\.\\d s for ${rendered} pages \\(as many as "one entry changed" rendered(, \\d+\\.\\d\\d× Hugo)?\\), peak [1-9]\\d* MiB$`));
  });

  it('judges no target at a size the issue sets none for', () => {
    expect(lines.some((l) => l.startsWith('target '))).toBe(false);
  });

  function referenceMedian(): number {
    return Number(/median (\d+\.\d\d) s$/.exec(lines.find((l) => l.startsWith('reference'))!)![1]);
  }
});

describe('npm run bench with a bad --reference-runs', () => {
  it('stops before writing anything, naming the option, what it found and what it expects', () => {
    const { run } = bench('--entries', '3', '--reference-runs', 'three');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--reference-runs: found "three", expected a whole number ≥ 0');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

// `--runs 2`: every build twice; each row is the faster of its two (the lower middle), and both times are listed.
describe('npm run bench --runs 2 at 6 entries', () => {
  const { run, lines } = bench('--entries', '6', '--runs', '2', '--reference-runs', '0', '--settings', SAMPLE_CONTENT);

  it('makes each build twice, shows the faster run in its row and lists both', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(lines).toContain('each build 2 times: a row is the median run by wall time (its phases are that run\'s), with the highest peak of the 2');
    for (const build of ['cold', 'one entry changed', 'nothing changed', 'one added, one deleted', 'no spare tree (CI)']) {
      const rows = lines.filter((l) => l.startsWith(`${build}  `));
      // The table's row, then the line of every run's time.
      expect(rows, build).toHaveLength(2);
      const shown = Number(rows[0]!.slice(build.length).trim().split(/\s+/)[0]);
      const both = /^ *(\d+\.\d), (\d+\.\d) s$/.exec(rows[1]!.slice(build.length))!;
      expect(both, rows[1]).not.toBeNull();
      expect(shown).toBe(Math.min(Number(both[1]), Number(both[2])));
    }
    // Each "one entry changed" run changed an entry: none of them kept every page.
    const changed = lines.find((l) => l.startsWith('one entry changed  '))!.slice('one entry changed'.length).trim().split(/\s+/);
    expect(Number(changed[3])).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('not removed:');
  });

  it('stops before writing anything when --runs asks for more runs than the corpus has entries to delete', () => {
    const { run: bad } = bench('--entries', '6', '--runs', '3');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--runs: found "3", expected a whole number from 1 to 2 for 6 entries');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
