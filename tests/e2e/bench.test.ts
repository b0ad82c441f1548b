import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_CONTENT } from '../support/paths.ts';

// `npm run bench` at a tiny size, so the bench cannot rot: five real builds of a generated corpus.
describe('npm run bench at 3 entries', () => {
  const run = spawnSync(process.execPath, ['scripts/bench.ts', '--entries', '3', '--settings', SAMPLE_CONTENT], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
  const lines = run.stdout.split('\n');

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
    for (const column of ['wall s', 'peak MiB', 'rendered', 'kept', 'validation', 'decisions', 'setup', 'bundling', 'rendering + writing', 'reuse', 'swap']) {
      expect(header).toContain(column);
    }
    for (const build of ['cold', 'one entry changed', 'nothing changed', 'one added, one deleted', 'no spare tree (CI)']) {
      const row = lines.find((l) => l.startsWith(`${build}  `));
      expect(row, build).toBeDefined();
      const figures = row!.slice(build.length).trim().split(/\s+/);
      // wall s, peak MiB, pages rendered and kept, then the seven phases.
      expect(figures).toHaveLength(11);
      for (const f of figures) expect(f).toMatch(/^\d+(\.\d)?$/);
      expect(Number(figures[1])).toBeGreaterThan(0);
      expect(Number(figures[2])).toBeGreaterThan(0);
      if (build === 'cold') expect(Number(figures[3])).toBe(0);
    }
  });
});
