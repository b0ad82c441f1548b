/**
 * Every HTML page of the built sample and of the built hostile fixture passes
 * the W3C Nu Html Checker (vnu-jar, run with the machine's Java): 0 errors.
 * Warnings are printed, not failed (vnu warns, for instance, that it cannot
 * tell what 'self' means in the CSP of a file it reads from disk).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_DIST, SAMPLE_DIST } from '../../support/paths.ts';
import { findOutputs } from '../feeds/outputs.ts';
import { tempDir } from '../../support/temp-dir.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** The jar's path: what the vnu-jar package exports (it has no types). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** Runs vnu once over the given files; its JSON report goes to stderr. */
function vnu(files: string[]): VnuMessage[] {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw new Error(`cannot run java (apt-get install default-jre-headless; .ci/run does): ${run.error.message}`);
  return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
}

const where = (m: VnuMessage) => `${m.url?.replace(/^file:/, '')}:${m.lastLine ?? '?'}: ${m.message} ${JSON.stringify(m.extract ?? '')}`;

describe('the W3C Nu Html Checker', () => {
  it('finds 0 errors in every page of the built sample and hostile fixture', { timeout: 600_000 }, () => {
    const files = [SAMPLE_DIST, HOSTILE_DIST].flatMap((dist) => findOutputs(dist, (name) => name.endsWith('.html')).map((p) => path.join(dist, p)));
    expect(files.length).toBeGreaterThan(100);
    const messages = vnu(files);
    const errors = messages.filter((m) => m.type !== 'info');
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');
    if (warnings.length > 0) {
      const report = path.join(os.tmpdir(), 'heliograph-vnu-warnings.txt');
      writeFileSync(report, warnings.map(where).join('\n'));
      console.log(`vnu: ${warnings.length} warnings over ${files.length} pages (not failures), listed in ${report}`);
    }
    expect(errors.map(where)).toEqual([]);
  });

  it('reports an error in a page that has one (so the test above can fail)', () => {
    const broken = path.join(tempDir('heliograph-vnu-'), 'broken.html');
    writeFileSync(broken, '<!doctype html><html lang="en"><head><title>x</title></head><body><h2 id="rollout">a</h2><p id="rollout">b</p></body></html>');
    const errors = vnu([broken]).filter((m) => m.type === 'error');
    expect(errors.map((m) => m.message)).toEqual(['Duplicate ID “rollout”.']);
  });
});
