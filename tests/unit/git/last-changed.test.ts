import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitLastChanged, gitLastChangedAsync } from '../../../src/lib/git/last-changed.ts';
import { ROOT } from '../../support/paths.ts';
import { tempDir } from '../../support/temp-dir.ts';

const FOLDER = 'tests/fixtures/sample';
const FILE = `${FOLDER}/incidents/2026/nam-cannot-save-records.md`;

describe('gitLastChangedAsync', () => {
  it('gives each file its last commit, as git log says for that one file, and the same map as the blocking read', async () => {
    const commits = await gitLastChangedAsync(FOLDER, ROOT);
    const own = execFileSync('git', ['log', '-1', '--format=%cI', '--', FILE], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(own).not.toBe('');
    expect(commits.get(FILE)).toBe(new Date(own).toISOString());
    expect(commits).toEqual(gitLastChanged(FOLDER, ROOT));
  });

  it('is empty outside a git checkout', async () => {
    const dir = tempDir('heliograph-no-git-');
    mkdirSync(path.join(dir, 'content'));
    writeFileSync(path.join(dir, 'content/x.md'), 'x');
    expect((await gitLastChangedAsync('content', dir)).size).toBe(0);
  });
});
