import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths.ts';
import { overgrownCompileCaches } from '../../../src/build/compile-cache.ts';

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

  it('gives the worker threads started after it the same folder (a worker does not share its process\'s cache)', () => {
    const script = `import { cacheCompiledCode } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/build/compile-cache.ts')).href)};
import { Worker } from 'node:worker_threads';
cacheCompiledCode();
new Worker("console.log(process.getBuiltinModule('node:module').getCompileCacheDir())", { eval: true });`;
    const env = { ...process.env };
    delete env['NODE_DISABLE_COMPILE_CACHE'];
    delete env['NODE_COMPILE_CACHE'];
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8', env });
    expect(run.stderr).toBe('');
    // Node adds a folder per Node version under the one it is given.
    expect(run.stdout.trim().startsWith(path.join(realpathSync(project), 'node_modules/.astro/compile-cache') + path.sep)).toBe(true);
  });

  it('does nothing when NODE_DISABLE_COMPILE_CACHE is set', () => {
    const script = `import { cacheCompiledCode } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/build/compile-cache.ts')).href)};
import { getCompileCacheDir } from 'node:module';
cacheCompiledCode();
console.log(String(getCompileCacheDir()), String(process.env.NODE_COMPILE_CACHE));`;
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' };
    delete env['NODE_COMPILE_CACHE'];
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8', env });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('undefined undefined');
  });
});

describe('overgrownCompileCaches', () => {
  it('names the folders holding more modules than the limit, and nothing else', () => {
    const cache = path.join(project, 'bounded');
    const fill = (name: string, count: number) => {
      mkdirSync(path.join(cache, name), { recursive: true });
      for (let i = 0; i < count; i++) writeFileSync(path.join(cache, name, `m${i}`), '');
    };
    fill('v24.0.0-x64-aaaa-0', 6);
    fill('v24.0.0-x64-bbbb-0', 5);
    writeFileSync(path.join(cache, 'stray-file'), '');
    expect(overgrownCompileCaches(cache, 5)).toEqual([path.join(cache, 'v24.0.0-x64-aaaa-0')]);
    expect(overgrownCompileCaches(cache, 6)).toEqual([]);
    expect(overgrownCompileCaches(path.join(project, 'no-such-folder'), 5)).toEqual([]);
  });
});
