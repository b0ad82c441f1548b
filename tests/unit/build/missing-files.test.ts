import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingFiles } from '../../../src/build/missing-files.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'heliograph-missing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('missingFiles', () => {
  it('names exactly the listed files the folder does not hold', async () => {
    mkdirSync(path.join(dir, 'incidents/a'), { recursive: true });
    writeFileSync(path.join(dir, 'incidents/a/index.html'), 'a');
    writeFileSync(path.join(dir, 'rss.xml'), 'r');
    const missing = await missingFiles(dir, ['incidents/a/index.html', 'incidents/b/index.html', 'rss.xml', 'sla/2025/06.csv']);
    expect([...missing].sort()).toEqual(['incidents/b/index.html', 'sla/2025/06.csv']);
  });

  it('asks nothing of an empty list', async () => {
    expect([...(await missingFiles(dir, []))]).toEqual([]);
  });

  it('counts every file as missing when the folder is gone', async () => {
    const missing = await missingFiles(path.join(dir, 'gone'), ['index.html', 'rss.xml']);
    expect([...missing].sort()).toEqual(['index.html', 'rss.xml']);
  });
});
