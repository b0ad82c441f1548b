import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths.ts';

const project = mkdtempSync(path.join(os.tmpdir(), 'heliograph-compile-cache-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The files under `dir`, recursively (none when it does not exist). */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
  } catch {
    return [];
  }
}

describe('cacheCompiledCode', () => {
  it('keeps the modules a build loads after it in node_modules/.astro/compile-cache/, which the deploy workflow caches', () => {
    writeFileSync(path.join(project, 'module.mjs'), 'export const answer = 6 * 7;\n');
    const script = `import { cacheCompiledCode } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/build/compile-cache.ts')).href)};
cacheCompiledCode();
const { answer } = await import('./module.mjs');
console.log(answer);`;
    const env = { ...process.env };
    delete env['NODE_DISABLE_COMPILE_CACHE'];
    delete env['NODE_COMPILE_CACHE'];
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8', env });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('42');
    expect(filesUnder(path.join(project, 'node_modules/.astro/compile-cache')).length).toBeGreaterThan(0);
  });
});
