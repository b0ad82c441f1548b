import { rmSync } from 'node:fs';
import { runBuild } from './build.ts';
import { HOSTILE_CONTENT, HOSTILE_DIST, SAMPLE_DIST, SAMPLE_NOW } from './paths.ts';

/** Builds the sample site and the hostile fixture once, pinned to the sample time, for every e2e test file. */
export default function setup(): void {
  rmSync(SAMPLE_DIST, { recursive: true, force: true });
  const run = runBuild({ now: SAMPLE_NOW, out: SAMPLE_DIST });
  if (run.status !== 0) throw new Error(`sample build failed:\n${run.stdout}\n${run.stderr}`);
  rmSync(HOSTILE_DIST, { recursive: true, force: true });
  const hostile = runBuild({ content: HOSTILE_CONTENT, now: SAMPLE_NOW, out: HOSTILE_DIST });
  if (hostile.status !== 0) throw new Error(`hostile build failed:\n${hostile.stdout}\n${hostile.stderr}`);
}
