import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepAsSpare, retireStaging, spareOf, takeSpare } from '../../../src/build/spare.ts';
import { tempDir } from '../../support/temp-dir.ts';

function tree(dir: string, text: string): string {
  mkdirSync(path.join(dir, 'a'), { recursive: true });
  writeFileSync(path.join(dir, 'a/index.html'), text);
  return dir;
}

describe('the spare tree', () => {
  it('lives beside the output', () => {
    expect(spareOf('/srv/site/dist')).toBe('/srv/site/dist.spare');
  });

  it('is kept when there is none, and taken as the next staging folder', () => {
    const root = tempDir('heliograph-spare-');
    const out = path.join(root, 'dist');
    const previous = tree(path.join(root, 'dist.previous-1-2'), 'old');
    expect(keepAsSpare(previous, out)).toBe(true);
    expect(existsSync(previous)).toBe(false);
    expect(readFileSync(path.join(root, 'dist.spare/a/index.html'), 'utf8')).toBe('old');
    const staging = path.join(root, 'dist.staging-3');
    expect(takeSpare(out, staging)).toBe(true);
    expect(readFileSync(path.join(staging, 'a/index.html'), 'utf8')).toBe('old');
    expect(existsSync(spareOf(out))).toBe(false);
  });

  it('is one tree: a second is not kept (the caller removes it), and with none there is nothing to take', () => {
    const root = tempDir('heliograph-spare-');
    const out = path.join(root, 'dist');
    expect(takeSpare(out, path.join(root, 'dist.staging-1'))).toBe(false);
    expect(existsSync(path.join(root, 'dist.staging-1'))).toBe(false);
    expect(keepAsSpare(tree(path.join(root, 'first'), '1'), out)).toBe(true);
    expect(keepAsSpare(tree(path.join(root, 'second'), '2'), out)).toBe(false);
    expect(readFileSync(path.join(root, 'second/a/index.html'), 'utf8')).toBe('2');
    expect(readFileSync(path.join(root, 'dist.spare/a/index.html'), 'utf8')).toBe('1');
  });
});

describe('retireStaging', () => {
  it('keeps a failed build’s staging folder as the spare tree when there is none, and removes it when there is one', () => {
    const root = tempDir('heliograph-spare-');
    const out = path.join(root, 'dist');
    retireStaging(tree(path.join(root, 'dist.staging-1'), 'failed'), out);
    expect(readFileSync(path.join(root, 'dist.spare/a/index.html'), 'utf8')).toBe('failed');
    retireStaging(tree(path.join(root, 'dist.staging-2'), 'failed again'), out);
    expect(existsSync(path.join(root, 'dist.staging-2'))).toBe(false);
    expect(readFileSync(path.join(root, 'dist.spare/a/index.html'), 'utf8')).toBe('failed');
  });

  it('a spare that is not a folder is not taken, and is removed', () => {
    const root = tempDir('heliograph-spare-');
    const out = path.join(root, 'dist');
    writeFileSync(spareOf(out), 'not a tree');
    expect(takeSpare(out, path.join(root, 'dist.staging-1'))).toBe(false);
    expect(existsSync(spareOf(out))).toBe(false);
    expect(existsSync(path.join(root, 'dist.staging-1'))).toBe(false);
  });
});
